// Every field of a log entry, shared by the quick-entry bar (compact rows) and the correction form
// (a column). DOM order is the Tab order: who, how, what kind, what was said, flags and follow-up,
// the outcome of an outbound call, then the time (last: it defaults to now, and a date-time input
// takes several Tabs to cross).
// Fields that only matter for one category appear right after the category.
import { Button, Checkbox, NativeSelect, TextInput, Textarea } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { lifeSafetyKinds, SUMMARY_MAX } from '../../../../shared/domain/logEntry';
import type { LogDraft } from '../../../store/logSlice';
import { categoryLabels, channelLabels, directionLabels, lifeSafetyLabels, optionsOf, outcomeLabels } from '../logLabels';
import { ContactSelect } from './ContactSelect';
import { CustomerPicker } from './CustomerPicker';
import classes from './LogEntryFields.module.css';
import { asksOutcome, followUpDefaults, withoutError } from './quickEntryModel';
import type { DraftErrors, DraftField } from './quickEntryModel';

export interface LogEntryFieldsProps {
  layout: 'bar' | 'form';
  draft: LogDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<LogDraft>, errors: DraftErrors) => void;
  /** Shown as the "when" value while the draft says "now" (bar only). */
  nowLocal?: string;
  /** The briefing an ETR can be quoted from ("v5"), or null when none is published. */
  briefingLabel: string | null;
  ownerName: string;
  now: number;
  customerRef?: RefObject<HTMLInputElement | null>;
  contactRef?: RefObject<HTMLSelectElement | null>;
  outcomeRef?: RefObject<HTMLSelectElement | null>;
  /** Focus the summary when a modal opens (Mantine's `data-autofocus`). */
  autoFocusSummary?: boolean;
  /** Commands placed at the end of the last row (the bar's Log button). */
  actions?: ReactNode;
}

const channelOptions = optionsOf(channelLabels);
const directionOptions = optionsOf(directionLabels);
const outcomeOptions = optionsOf(outcomeLabels);
const categoryOptions = optionsOf(categoryLabels);
const lifeSafetyOptions = [{ value: '', label: 'Choose the danger…' }, ...lifeSafetyKinds.map((k) => ({ value: k, label: lifeSafetyLabels[k] }))];

export function LogEntryFields(props: LogEntryFieldsProps) {
  const { layout, draft, errors, onChange, nowLocal, briefingLabel, ownerName, now } = props;
  const size = 'sm';
  const set = (patch: Partial<LogDraft>, ...fields: DraftField[]) => onChange(patch, withoutError(errors, ...fields));
  const emergency = draft.category === 'emergency_report';
  const bar = layout === 'bar';

  const who = (
    <>
      <CustomerPicker
        className={classes.customer}
        label="Customer"
        value={draft.customer}
        query={draft.customerQuery}
        error={errors.customer}
        inputRef={props.customerRef}
        size={size}
        onQueryChange={(customerQuery) => set({ customerQuery }, 'customer')}
        onPick={(customer, contactId) => {
          set({ customer, contactId, customerQuery: customer ? customer.name : draft.customerQuery }, 'customer', 'contactId');
          if (customer) requestAnimationFrame(() => props.contactRef?.current?.focus());
        }}
      />
      <ContactSelect
        className={classes.contact}
        customerId={draft.customer?.id ?? null}
        value={draft.contactId}
        error={errors.contactId}
        selectRef={props.contactRef}
        size={size}
        onChange={(contactId) => set({ contactId }, 'contactId')}
      />
    </>
  );

  const how = (
    <>
      <NativeSelect className={classes.narrow} size={size} label="Channel" data={channelOptions} value={draft.channel} error={errors.channel}
        onChange={(e) => set({ channel: e.currentTarget.value as LogDraft['channel'] }, 'channel')} />
      <NativeSelect className={classes.narrow} size={size} label="Direction" data={directionOptions} value={draft.direction} error={errors.direction}
        onChange={(e) => set({ direction: e.currentTarget.value as LogDraft['direction'] }, 'direction', 'outcome')} />
      <NativeSelect className={classes.category} size={size} label="Category" data={categoryOptions} value={draft.category} error={errors.category}
        onChange={(e) => set({ category: e.currentTarget.value as LogDraft['category'] }, 'category', 'lifeSafety', 'etr')} />
      {emergency ? (
        <NativeSelect className={classes.category} size={size} label="Life-safety kind" data={lifeSafetyOptions} value={draft.lifeSafety ?? ''}
          error={errors.lifeSafety} withAsterisk
          onChange={(e) => set({ lifeSafety: (e.currentTarget.value || null) as LogDraft['lifeSafety'] }, 'lifeSafety')} />
      ) : null}
      {draft.category === 'etr_given' ? (
        <>
          <TextInput className={classes.time} size={size} type="datetime-local" label="ETR given" value={draft.etr} error={errors.etr} withAsterisk
            onChange={(e) => set({ etr: e.currentTarget.value }, 'etr')} />
          <Checkbox className={classes.check} size="xs" label={briefingLabel ? `Per briefing ${briefingLabel}` : 'No briefing published'}
            checked={briefingLabel !== null && draft.etrFromBriefing} disabled={briefingLabel === null}
            onChange={(e) => set({ etrFromBriefing: e.currentTarget.checked })} />
        </>
      ) : null}
    </>
  );

  const what = (
    <>
      <TextInput className={classes.summary} size={size} label="Summary" placeholder="What was said, asked or promised"
        value={draft.summary} error={errors.summary} maxLength={SUMMARY_MAX} autoComplete="off" data-autofocus={props.autoFocusSummary || undefined}
        onChange={(e) => set({ summary: e.currentTarget.value }, 'summary')} />
      {bar ? null : (
        <Textarea className={classes.details} size={size} label="Details" autosize minRows={2} maxRows={6} value={draft.details} error={errors.details}
          onChange={(e) => set({ details: e.currentTarget.value }, 'details')} />
      )}
    </>
  );

  // Shown for outbound calls to a customer only; after the flags, so the Tab path through the common
  // fields is the same for every entry.
  const outcome = asksOutcome(draft) ? (
    <NativeSelect ref={props.outcomeRef} className={classes.category} size={size} label="Outcome" data={outcomeOptions} value={draft.outcome} error={errors.outcome}
      onChange={(e) => set({ outcome: e.currentTarget.value as LogDraft['outcome'] }, 'outcome')} />
  ) : null;

  const when = (
    <TextInput
      className={classes.time}
      size={size}
      type="datetime-local"
      label="When it happened"
      value={draft.occurredAt || nowLocal || ''}
      error={errors.occurredAt}
      onChange={(e) => set({ occurredAt: e.currentTarget.value }, 'occurredAt')}
      rightSectionWidth={bar && draft.occurredAt ? 52 : undefined}
      rightSection={bar && draft.occurredAt ? (
        <Button size="compact-xs" variant="subtle" aria-label="Set when it happened to now" onClick={() => set({ occurredAt: '' }, 'occurredAt')}>Now</Button>
      ) : null}
    />
  );

  const flags = (
    <>
      <Checkbox className={classes.check} size="xs" label={emergency ? 'Significant (always, for emergencies)' : 'Significant'}
        checked={draft.significant || emergency} disabled={emergency}
        onChange={(e) => set({ significant: e.currentTarget.checked }, 'significant')} />
      <Checkbox className={classes.check} size="xs" label="Follow-up"
        checked={draft.followUpOn}
        onChange={(e) => {
          const followUpOn = e.currentTarget.checked;
          set({ followUpOn, ...(followUpOn ? followUpDefaults(draft, ownerName, now) : {}) }, 'followUpOwner', 'followUpDue');
        }} />
      {draft.followUpOn ? (
        <>
          <TextInput className={classes.owner} size={size} label="Follow-up owner" value={draft.followUpOwner} error={errors.followUpOwner} withAsterisk
            autoComplete="off" onChange={(e) => set({ followUpOwner: e.currentTarget.value }, 'followUpOwner')} />
          <TextInput className={classes.time} size={size} type="datetime-local" label="Follow-up due" value={draft.followUpDue}
            error={errors.followUpDue} withAsterisk onChange={(e) => set({ followUpDue: e.currentTarget.value }, 'followUpDue')} />
        </>
      ) : null}
    </>
  );

  return (
    <div className={bar ? classes.bar : classes.form}>
      <div className={classes.row}>{who}{how}</div>
      <div className={classes.row}>
        {what}
        {flags}
        {outcome}
        {when}
        {props.actions ? <div className={classes.actions}>{props.actions}</div> : null}
      </div>
    </div>
  );
}
