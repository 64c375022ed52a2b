"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { formToResourceInput } from "@/lib/catalogue/form-to-resource-input";
import { ZResourcePatch } from "@/lib/schemas/resource";
import { toFieldErrors } from "@/lib/schemas/to-field-errors";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import type { TPublicResource } from "@/lib/schemas/public-resource";
import { FormStatus } from "./form-status";

export type TResourceFormValues = Pick<
  TPublicResource,
  "id" | "version" | "title" | "description" | "authors" | "subjects" | "keywords" | "languages" | "level" | "type" | "courseName" | "license" | "year" | "visibility"
>;

type TProps = {
  action: (state: TActionState, form: FormData) => Promise<TActionState>;
  values: TResourceFormValues;
  subjects: { code: string; name: string; group: string }[];
  licenses: { uri: string; label: string }[];
  levels: string[];
  types: string[];
};

const Errors = ({ list, id }: { list?: string[]; id: string }) => (list?.length ? <p className="field-error" id={id}>{list.join(" ")}</p> : null);

// Moves the keyboard to the first field the check refused, opening its folded section.
function focusField(form: HTMLFormElement, path: PropertyKey[]) {
  const [field, sub] = path.map(String);
  const target =
    form.querySelector<HTMLElement>(`[name="${field}.${sub}"]`) ??
    form.querySelector<HTMLElement>(`[name="${field}"]`) ??
    form.querySelector<HTMLElement>(`[name^="${field}."]`);
  target?.closest("details")?.setAttribute("open", "");
  target?.focus();
}

// The description form shared by contributors and librarians. Plain inputs (one per language)
// so it works without JavaScript; the server checks it with the API's schema.
export function ResourceForm({ action, values, subjects, licenses, levels, types }: TProps) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [checked, setChecked] = useState<{ at: TActionState; errors: Record<string, string[]> } | null>(null);
  // The browser's own check applies until the server answers the next time.
  const e = checked && checked.at === state ? checked.errors : (state.fieldErrors ?? {});
  const shownState = checked && checked.at === state ? { ok: false, message: "Please correct the marked fields." } : state;
  // With JavaScript: check with the server's own schema first (no round trip on a slow link for
  // a mistake), then submit without React's automatic form reset, which would wipe what the
  // person typed when the server answers with corrections. Without it, the form posts as usual.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    const parsed = ZResourcePatch.safeParse(formToResourceInput(data));
    if (!parsed.success) {
      const errors = toFieldErrors(parsed.error);
      setChecked({ at: state, errors });
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
  const groups = [...new Set(subjects.map((s) => s.group))];
  return (
    <form action={formAction} onSubmit={submit} className="stack resource-form" noValidate>
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <FormStatus state={shownState} />
      <fieldset>
        <legend>Title (in one or more languages)</legend>
        {CATALOGUE_LANGUAGES.map(({ tag, name }) => (
          <div className="field" key={tag}>
            <label htmlFor={`title-${tag}`}>{name}</label>
            <input id={`title-${tag}`} name={`title.${tag}`} {...describe("title")} lang={tag} maxLength={500} defaultValue={sent(`title.${tag}`, values.title[tag] ?? "")} />
          </div>
        ))}
        <Errors list={e.title} id="title-error" />
      </fieldset>
      <fieldset>
        <legend>Description</legend>
        {CATALOGUE_LANGUAGES.map(({ tag, name }) => (
          <details key={tag} open={!!values.description[tag]}>
            <summary>{name}</summary>
            <label className="visually-hidden" htmlFor={`description-${tag}`}>Description in {name}</label>
            <textarea id={`description-${tag}`} name={`description.${tag}`} {...describe("description")} lang={tag} rows={4} maxLength={20000} defaultValue={sent(`description.${tag}`, values.description[tag] ?? "")} />
          </details>
        ))}
        <Errors list={e.description} id="description-error" />
      </fieldset>
      <div className="field">
        <label htmlFor="authors">Authors, one per line (optionally “Name | ORCID”)</label>
        <textarea id="authors" name="authors" {...describe("authors")} rows={3} defaultValue={sent("authors", values.authors.map((a) => (a.orcid ? `${a.name} | ${a.orcid}` : a.name)).join("\n"))} />
        <Errors list={e.authors} id="authors-error" />
      </div>
      <div className="field">
        <label htmlFor="subjects">Subjects (ISCED-F fields; hold Ctrl to choose several)</label>
        <select id="subjects" name="subjects" {...describe("subjects")} multiple size={8} defaultValue={values.subjects}>
          {groups.map((group) => (
            <optgroup key={group} label={group}>
              {subjects.filter((s) => s.group === group).map((s) => (
                <option key={s.code} value={s.code}>{`${s.code} ${s.name}`}</option>
              ))}
            </optgroup>
          ))}
        </select>
        <Errors list={e.subjects} id="subjects-error" />
      </div>
      <div className="field">
        <label htmlFor="keywords">Keywords (separated by commas)</label>
        <input id="keywords" name="keywords" {...describe("keywords")} maxLength={2000} defaultValue={sent("keywords", values.keywords.join(", "))} />
        <Errors list={e.keywords} id="keywords-error" />
      </div>
      <fieldset>
        <legend>Languages of the resource</legend>
        {CATALOGUE_LANGUAGES.map(({ tag, name }) => (
          <label key={tag} className="check">
            <input type="checkbox" name="languages" value={tag} defaultChecked={values.languages.includes(tag)} /> {name}
          </label>
        ))}
        <Errors list={e.languages} id="languages-error" />
      </fieldset>
      <div className="field">
        <label htmlFor="level">Educational level</label>
        <select id="level" name="level" {...describe("level")} defaultValue={sent("level", String(values.level ?? ""))}>
          <option value="">—</option>
          {levels.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
        <Errors list={e.level} id="level-error" />
      </div>
      <div className="field">
        <label htmlFor="type">Type of resource</label>
        <select id="type" name="type" {...describe("type")} defaultValue={sent("type", String(values.type ?? ""))}>
          <option value="">—</option>
          {types.map((t) => <option key={t} value={t}>{t.replace("_", " ")}</option>)}
        </select>
        <Errors list={e.type} id="type-error" />
      </div>
      <div className="field">
        <label htmlFor="courseName">Course</label>
        <input id="courseName" name="courseName" maxLength={300} defaultValue={sent("courseName", String(values.courseName ?? ""))} />
      </div>
      <div className="field">
        <label htmlFor="license">Licence</label>
        <select id="license" name="license" {...describe("license")} defaultValue={sent("license", String(values.license ?? ""))}>
          <option value="">—</option>
          {licenses.map((l) => <option key={l.uri} value={l.uri}>{l.label}</option>)}
        </select>
        <Errors list={e.license} id="license-error" />
      </div>
      <div className="field">
        <label htmlFor="year">Year</label>
        <input id="year" name="year" {...describe("year")} inputMode="numeric" maxLength={4} defaultValue={sent("year", String(values.year ?? ""))} />
        <Errors list={e.year} id="year-error" />
      </div>
      <div className="field">
        <label htmlFor="visibility">Who may see it once published</label>
        <select id="visibility" name="visibility" defaultValue={sent("visibility", values.visibility)}>
          <option value="PUBLIC">Everyone</option>
          <option value="NETWORK">Signed-in members of the partner network</option>
        </select>
      </div>
      <div className="inline-form">
        <button type="submit" name="intent" value="save" disabled={pending}>Save</button>
        <button type="submit" name="intent" value="submit" className="secondary" disabled={pending}>Save and submit for review</button>
      </div>
    </form>
  );
}
