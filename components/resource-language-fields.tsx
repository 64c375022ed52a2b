"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type TProps = {
  tag: string;
  name: string;
  title: string;
  description: string;
  titleAria: object;
  descriptionAria: object;
};

// The title and (folded until written) description in one catalogue language, the language
// named in itself. Plain inputs, so the form needs no JavaScript.
export function ResourceLanguageFields({ tag, name, title, description, titleAria, descriptionAria }: TProps) {
  const t = useTranslations("ClientForms");
  const language = (chunks: ReactNode) => <span lang={tag}>{chunks}</span>;
  const descriptionLabel = t.rich("resourceForm.descriptionIn", { name, language });
  return (
    <div className="field">
      <label htmlFor={`title-${tag}`}>{t.rich("resourceForm.titleIn", { name, language })}</label>
      <input id={`title-${tag}`} name={`title.${tag}`} {...titleAria} lang={tag} maxLength={500} defaultValue={title} />
      <details open={description !== ""}>
        <summary>{descriptionLabel}</summary>
        <label className="visually-hidden" htmlFor={`description-${tag}`}>
          {descriptionLabel}
        </label>
        <textarea id={`description-${tag}`} name={`description.${tag}`} {...descriptionAria} lang={tag} rows={4} maxLength={20000} defaultValue={description} />
      </details>
    </div>
  );
}
