// Saving and publishing the author's draft: the shared schema checks the form first (messages next to
// each field, focus on the first problem), then the command; a refusal keeps every value typed and
// puts its field messages back on the form.
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { RefObject } from 'react';
import { publishBriefing, saveBriefingDraft } from '../../../data/briefings/commands';
import { useDb } from '../../../data/dbContext';
import type { BriefingRow } from '../../../data/rows';
import type { FieldIssue } from '../../../../shared/domain/fieldIssues';
import { parseDraftValues } from '../model/draftForm';
import type { DraftFormValues } from '../model/draftForm';

export interface DraftSubmit {
  busy: boolean;
  /** Problems to list above the form (schema or command). */
  problems: string[];
  savedAt: string | null;
  /** Validates; true when the form may be saved. */
  check: () => boolean;
  save: () => Promise<BriefingRow | null>;
  publish: () => Promise<BriefingRow | null>;
}

const toFormErrors = (issues: FieldIssue[]) => Object.fromEntries(issues.filter((i) => i.path !== '').map((i) => [i.path, i.message]));

export function useDraftSubmit(form: UseFormReturnType<DraftFormValues>, eventId: string, formRef: RefObject<HTMLFormElement | null>): DraftSubmit {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const focusFirstProblem = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const check = (): boolean => {
    const result = form.validate();
    setProblems([...new Set(Object.values(result.errors).map(String))]);
    if (result.hasErrors) focusFirstProblem();
    return !result.hasErrors;
  };

  const save = async (): Promise<BriefingRow | null> => {
    if (!check()) return null;
    const parsed = parseDraftValues(form.getValues());
    if (!parsed.ok) {
      form.setErrors(toFormErrors(parsed.issues));
      setProblems(parsed.issues.map((i) => i.message));
      focusFirstProblem();
      return null;
    }
    setBusy(true);
    const result = await saveBriefingDraft(db, eventId, parsed.input);
    setBusy(false);
    if (!result.ok) {
      form.setErrors(toFormErrors(result.issues));
      setProblems(result.issues.length > 0 ? result.issues.map((i) => i.message) : [result.error]);
      focusFirstProblem();
      return null;
    }
    form.resetDirty();
    setSavedAt(result.value.updatedAt);
    return result.value;
  };

  const publish = async (): Promise<BriefingRow | null> => {
    const draft = await save();
    if (!draft) return null;
    setBusy(true);
    const result = await publishBriefing(db, draft.id);
    setBusy(false);
    if (!result.ok) {
      setProblems([result.error]);
      return null;
    }
    return result.value;
  };

  return { busy, problems, savedAt, check, save, publish };
}
