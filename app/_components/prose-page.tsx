import { BidiText } from './bidi-text';

/** A plain-language information page: a title, an intro and titled sections, all from one namespace. */
export function ProsePage({ title, intro, sections, children }: { title: string; intro: string; sections: { title: string; text: string }[]; /** after the sections (links, a contact) */ children?: React.ReactNode }) {
  return (
    <article className="rounded-lg bg-white p-5 shadow-sm">
      <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
      <p className="mt-3 text-lg">
        <BidiText>{intro}</BidiText>
      </p>
      {sections.map((s) => (
        <section key={s.title} className="mt-6">
          <h2 className="text-xl font-bold">{s.title}</h2>
          <p className="mt-2">
            <BidiText>{s.text}</BidiText>
          </p>
        </section>
      ))}
      {children}
    </article>
  );
}
