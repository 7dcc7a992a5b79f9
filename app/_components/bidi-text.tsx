import { Fragment, type ReactNode } from 'react';

/**
 * Phone numbers (`14 079`, `06 12345678`, `+32 470 12 34 56`), e-mail addresses and codes keep
 * their left-to-right order inside right-to-left text: each is wrapped in `<span dir="ltr">`.
 * Harmless in left-to-right text, so a message is rendered the same way in every language.
 */
const LTR_RUN = /(\+?\d[\d ]*\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

export function BidiText({ children }: { children: string }): ReactNode {
  const parts = children.split(LTR_RUN);
  if (parts.length === 1) return children;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} dir="ltr">
        {part}
      </span>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
