// Saving and publishing the author's draft: the shared schema checks the form first (messages next to
// each field, focus on the first problem), then the command; a refusal keeps every value typed and
// puts its field messages back on the form.
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { RefObject } from 'react';
import { publishBriefing, saveBriefingDraft } from '../../../data/briefings/commands';
import { useDb } from '../../../data/dbContext';
import type { BriefingRow } from '../../../data/rows';
import { errorMessages } from '../../../forms/errorMessages';
import { focusFirstInvalid } from '../../../forms/focusFirstInvalid';
import { issuesToFormErrors } from '../../../forms/issuesToFormErrors';
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

export function useDraftSubmit(form: UseFormReturnType<DraftFormValues>, eventId: string, formRef: RefObject<HTMLFormElement | null>): DraftSubmit {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const check = (): boolean => {
    const result = form.validate();
    setProblems(errorMessages(result.errors));
    if (result.hasErrors) focusFirstInvalid(formRef.current);
    return !result.hasErrors;
  };

  /** Messages next to their fields, all of them listed above the form. */
  const showIssues = (issues: readonly FieldIssue[], fallback = '') => {
    const errors = issuesToFormErrors(issues, fallback);
    form.setErrors(errors.fields);
    setProblems([...errors.general, ...errorMessages(errors.fields)]);
    focusFirstInvalid(formRef.current);
  };

  const save = async (): Promise<BriefingRow | null> => {
    if (!check()) return null;
    const parsed = parseDraftValues(form.getValues());
    if (!parsed.ok) {
      showIssues(parsed.issues);
      return null;
    }
    setBusy(true);
    const result = await saveBriefingDraft(db, eventId, parsed.input);
    setBusy(false);
    if (!result.ok) {
      showIssues(result.issues, result.error);
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
