"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { formToResourceInput } from "@/lib/catalogue/form-to-resource-input";
import { toResourceFieldErrors } from "@/lib/catalogue/to-resource-field-errors";
import { LOCALE_TAGS, type TLocale } from "@/lib/i18n/locales";
import { ZResourcePatch } from "@/lib/schemas/resource";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import type { TSubjectOption } from "@/lib/server/catalogue/list-subject-options";
import type { TPublicResource } from "@/lib/schemas/public-resource";
import { FormStatus } from "./form-status";
import { ResourceLanguageFields } from "./resource-language-fields";

export type TResourceFormValues = Pick<
  TPublicResource,
  "id" | "version" | "title" | "description" | "authors" | "subjects" | "keywords" | "languages" | "level" | "type" | "courseName" | "license" | "year" | "visibility"
>;

type TOption = { value: string; label: string; title?: string };

// Vocabulary labels and subject names arrive translated from the page.
type TProps = {
  action: (state: TActionState, form: FormData) => Promise<TActionState>;
  values: TResourceFormValues;
  subjects: TSubjectOption[];
  licenses: TOption[];
  levels: TOption[];
  types: TOption[];
};

const Errors = ({ list, id }: { list?: string[]; id: string }) => (list?.length ? <p className="field-error" id={id}>{list.join(" ")}</p> : null);

// Moves the keyboard to the first field the check refused, unfolding the sections around it.
function focusField(form: HTMLFormElement, path: PropertyKey[]) {
  const [field, sub] = path.map(String);
  const target =
    form.querySelector<HTMLElement>(`[name="${field}.${sub}"]`) ??
    form.querySelector<HTMLElement>(`[name="${field}"]`) ??
    form.querySelector<HTMLElement>(`[name^="${field}."]`);
  for (let details = target?.closest("details"); details; details = details.parentElement?.closest("details")) details.open = true;
  target?.focus();
}

// The description form shared by contributors and librarians. Plain inputs (one per language)
// so it works without JavaScript; the server checks it with the API's schema.
export function ResourceForm({ action, values, subjects, licenses, levels, types }: TProps) {
  const t = useTranslations("ClientForms");
  const interfaceLanguage = LOCALE_TAGS[useLocale() as TLocale];
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [checked, setChecked] = useState<{ at: TActionState; errors: Record<string, string[]> } | null>(null);
  // The browser's own check applies until the server answers the next time.
  const e = checked && checked.at === state ? checked.errors : (state.fieldErrors ?? {});
  const shownState = checked && checked.at === state ? { ok: false, message: t("correctMarked") } : state;
  // With JavaScript: check with the server's own schema first (no round trip on a slow link for
  // a mistake), then submit without React's automatic form reset, which would wipe what the
  // person typed when the server answers with corrections. Without it, the form posts as usual.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    const input = formToResourceInput(data);
    const parsed = ZResourcePatch.safeParse(input);
    if (!parsed.success) {
      setChecked({ at: state, errors: toResourceFieldErrors(parsed.error, input, (key, values) => t(`issues.${key}`, values)) });
      focusField(form, parsed.error.issues[0]?.path ?? []);
      return;
    }
    setChecked(null);
    startTransition(() => formAction(data));
  };
  // Without JavaScript the page is rendered again after a refusal: show what was sent, not what is stored.
  const sent = (name: string, stored: string) => state.values?.[name] ?? stored;
  // Ties a control to its message for screen readers.
  const describe = (field: string) => (e[field]?.length ? { "aria-invalid": true, "aria-describedby": `${field}-error` } : {});
  // The languages written in (stored or just sent) and the contributor's own come first; the
  // others wait, folded, so eight empty title fields do not bury the rest of the form.
  const texts = CATALOGUE_LANGUAGES.map(({ tag, name }) => ({ tag, name, title: sent(`title.${tag}`, values.title[tag] ?? ""), description: sent(`description.${tag}`, values.description[tag] ?? "") }));
  const shown = (l: (typeof texts)[number]) => l.tag === interfaceLanguage || l.title !== "" || l.description !== "";
  const first = [...texts.filter((l) => l.tag === interfaceLanguage), ...texts.filter((l) => l.tag !== interfaceLanguage && shown(l))];
  const languageFields = (l: (typeof texts)[number]) => <ResourceLanguageFields key={l.tag} {...l} titleAria={describe("title")} descriptionAria={describe("description")} />;
  const groups = [...new Map(subjects.map((s) => [s.group, s])).values()];
  return (
    <form action={formAction} onSubmit={submit} className="stack resource-form" noValidate>
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <FormStatus state={shownState} />
      <fieldset>
        <legend>{t("resourceForm.texts")}</legend>
        <div className="stack">
          {first.map(languageFields)}
          {texts.length > first.length ? (
            <details>
              <summary>{t("resourceForm.moreLanguages")}</summary>
              <div className="stack">{texts.filter((l) => !shown(l)).map(languageFields)}</div>
            </details>
          ) : null}
        </div>
        <Errors list={e.title} id="title-error" />
        <Errors list={e.description} id="description-error" />
      </fieldset>
      <div className="field">
        <label htmlFor="authors">{t("resourceForm.authors")}</label>
        <textarea id="authors" name="authors" {...describe("authors")} rows={3} defaultValue={sent("authors", values.authors.map((a) => (a.orcid ? `${a.name} | ${a.orcid}` : a.name)).join("\n"))} />
        <Errors list={e.authors} id="authors-error" />
      </div>
      <div className="field">
        <label htmlFor="subjects">{t("resourceForm.subjects")}</label>
        <select id="subjects" name="subjects" {...describe("subjects")} multiple size={8} defaultValue={values.subjects}>
          {groups.map((group) => (
            <optgroup key={group.group} label={group.groupName} lang={group.groupLang || undefined}>
              {subjects.filter((s) => s.group === group.group).map((s) => (
                <option key={s.code} value={s.code} lang={s.lang || undefined}>{`${s.code} ${s.name}`}</option>
              ))}
            </optgroup>
          ))}
        </select>
        <Errors list={e.subjects} id="subjects-error" />
      </div>
      <div className="field">
        <label htmlFor="keywords">{t("resourceForm.keywords")}</label>
        <input id="keywords" name="keywords" {...describe("keywords")} maxLength={2000} defaultValue={sent("keywords", values.keywords.join(", "))} />
        <Errors list={e.keywords} id="keywords-error" />
      </div>
      <fieldset>
        <legend>{t("resourceForm.languages")}</legend>
        {CATALOGUE_LANGUAGES.map(({ tag, name }) => (
          <label key={tag} className="check">
            <input type="checkbox" name="languages" value={tag} defaultChecked={values.languages.includes(tag)} /> <span lang={tag}>{name}</span>
          </label>
        ))}
        <Errors list={e.languages} id="languages-error" />
      </fieldset>
      <div className="field">
        <label htmlFor="level">{t("resourceForm.level")}</label>
        <select id="level" name="level" {...describe("level")} defaultValue={sent("level", String(values.level ?? ""))}>
          <option value="">—</option>
          {levels.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
        </select>
        <Errors list={e.level} id="level-error" />
      </div>
      <div className="field">
        <label htmlFor="type">{t("resourceForm.type")}</label>
        <select id="type" name="type" {...describe("type")} defaultValue={sent("type", String(values.type ?? ""))}>
          <option value="">—</option>
          {types.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
        <Errors list={e.type} id="type-error" />
      </div>
      <div className="field">
        <label htmlFor="courseName">{t("resourceForm.course")}</label>
        <input id="courseName" name="courseName" maxLength={300} defaultValue={sent("courseName", String(values.courseName ?? ""))} />
      </div>
      <div className="field">
        <label htmlFor="license">{t("resourceForm.license")}</label>
        <select id="license" name="license" {...describe("license")} defaultValue={sent("license", String(values.license ?? ""))}>
          <option value="">—</option>
          {licenses.map((l) => <option key={l.value} value={l.value} title={l.title}>{l.label}</option>)}
        </select>
        <Errors list={e.license} id="license-error" />
      </div>
      <div className="field">
        <label htmlFor="year">{t("resourceForm.year")}</label>
        <input id="year" name="year" {...describe("year")} inputMode="numeric" maxLength={4} defaultValue={sent("year", String(values.year ?? ""))} />
        <Errors list={e.year} id="year-error" />
      </div>
      <div className="field">
        <label htmlFor="visibility">{t("resourceForm.visibility")}</label>
        <select id="visibility" name="visibility" defaultValue={sent("visibility", values.visibility)}>
          <option value="PUBLIC">{t("resourceForm.visibilityPublic")}</option>
          <option value="NETWORK">{t("resourceForm.visibilityNetwork")}</option>
        </select>
      </div>
      <div className="inline-form">
        <button type="submit" name="intent" value="save" disabled={pending}>{t("resourceForm.save")}</button>
        <button type="submit" name="intent" value="submit" className="secondary" disabled={pending}>{t("resourceForm.saveAndSubmit")}</button>
      </div>
    </form>
  );
}
