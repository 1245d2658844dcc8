import { Component, type ReactNode } from "react";

export interface SectionBoundaryProps {
  /** What to say, in the reader's language, if the section cannot be shown. */
  readonly message: string;
  readonly children: ReactNode;
}

/** Keeps a failure in one section to it: the rest, the article above all, stays readable. */
export class SectionBoundary extends Component<
  SectionBoundaryProps,
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <p className="section-failed" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
