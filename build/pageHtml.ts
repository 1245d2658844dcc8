import render from "dom-serializer";
import { Comment, Document, Element, Text, type ChildNode } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { escapeHtml } from "../src/lib/escapeHtml.ts";
import type { HeadElement, PageHead } from "../src/lib/pageHead.ts";

/*
 * A page's HTML as one tree: the build parses the template once, each step changes the
 * tree (its head, its markup, its style sheet, its scripts, its policy), and the page is
 * written out once at the end.
 */

const HEAD_PLACE = "page-head";

// Entities stay as written: React's markup goes out as it came, and what the build
// adds is escaped as it is put in.
const AS_WRITTEN = { decodeEntities: false } as const;

export function parsePage(html: string): Document {
  return parseDocument(html, AS_WRITTEN);
}

export function serialisePage(node: Document | ChildNode): string {
  return render(node, AS_WRITTEN);
}

export function newElement(
  name: string,
  attributes: Readonly<Record<string, string>>,
  children: readonly ChildNode[] | string = [],
): Element {
  const content =
    typeof children === "string" ? [new Text(children)] : children;
  const element = new Element(name, { ...attributes });
  for (const child of content) DomUtils.appendChild(element, child);
  return element;
}

export function elementsWhere(
  root: Document | Element,
  test: (element: Element) => boolean,
): Element[] {
  return DomUtils.findAll(test, root.children);
}

/** The one element of `root` that `test` accepts; a page without one is a broken build. */
export function theElement(
  root: Document | Element,
  test: (element: Element) => boolean,
  what: string,
): Element {
  const found = DomUtils.findOne(test, root.children);
  if (!found) throw new Error(`The page has no ${what}.`);
  return found;
}

/** Adds `nodes` at the end of `parent`, each on a line of its own at `indent`. */
export function appendLines(
  parent: Element,
  nodes: readonly ChildNode[],
  indent: string,
): void {
  // Before the white space that closes the element, so that its end tag keeps its line.
  const last = parent.children.at(-1);
  const closing = last instanceof Text && !last.data.trim() ? last : undefined;
  for (const node of nodes) {
    const line = new Text(`\n${indent}`);
    if (closing) {
      DomUtils.prepend(closing, line);
      DomUtils.prepend(closing, node);
    } else {
      DomUtils.appendChild(parent, line);
      DomUtils.appendChild(parent, node);
    }
  }
}

/** Puts `nodes` in the place of `node`, each but the first on a line at `indent`. */
export function replaceWithLines(
  node: ChildNode,
  nodes: readonly ChildNode[],
  indent: string,
): void {
  let previous: ChildNode = node;
  nodes.forEach((next, index) => {
    if (index > 0) {
      const line = new Text(`\n${indent}`);
      DomUtils.append(previous, line);
      previous = line;
    }
    DomUtils.append(previous, next);
    previous = next;
  });
  DomUtils.removeElement(node);
}

/** Writes a page's head: its root's attributes, and its elements in `<!--page-head-->`. */
export function writeHead(document: Document, head: PageHead): void {
  const root = theElement(document, (e) => e.name === "html", "<html>");
  root.attribs = { ...root.attribs, ...head.root };
  const [place] = DomUtils.filter(
    (node) => node instanceof Comment && node.data === HEAD_PLACE,
    root,
    true,
    1,
  );
  if (!place) throw new Error(`The template has no <!--${HEAD_PLACE}-->.`);
  replaceWithLines(place, head.elements.map(headNode), "    ");
}

export function writeBody(document: Document, markup: string): void {
  const root = theElement(document, (e) => e.attribs.id === "root", "root");
  for (const child of [...root.children]) DomUtils.removeElement(child);
  for (const child of [...parsePage(markup).children])
    DomUtils.appendChild(root, child);
}

function headNode({ name, attributes, text }: HeadElement): Element {
  const escaped = Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [key, escapeHtml(value)]),
  );
  // A script's text is code, which the page holds as it is.
  return newElement(
    name,
    escaped,
    text === undefined ? [] : name === "script" ? text : escapeHtml(text),
  );
}
