import { useEffect, useState } from "react";
import { useLocale } from "../locale/LocaleContext.ts";
import { SECTIONS, type SectionId } from "../lib/sections.ts";

/**
 * The part of the page the reader is in: the last whose top has passed a line a third
 * of the way down the screen (below any sticky bar), so the mark changes as a new part
 * takes over the screen rather than when its first line peeks in.
 */
function useCurrentSection(): SectionId {
  const [current, setCurrent] = useState<SectionId>(SECTIONS[0].id);
  useEffect(() => {
    let frame = 0;
    const look = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let found: SectionId = SECTIONS[0].id;
      for (const { id } of SECTIONS) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) found = id;
      }
      setCurrent(found);
    };
    const onScroll = () => {
      frame ||= window.requestAnimationFrame(look);
    };
    look();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      window.cancelAnimationFrame(frame);
    };
  }, []);
  return current;
}

/** The way to each part of the page, marking the one the reader is in. */
export function SectionNav() {
  const { t } = useLocale();
  const current = useCurrentSection();
  return (
    <nav className="section-nav" aria-label={t("nav.label")}>
      <ul>
        {SECTIONS.map(({ id, navName }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={current === id ? "location" : undefined}
            >
              {t(navName)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
