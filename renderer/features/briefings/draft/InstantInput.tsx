import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import { fromLocalInput, toLocalInput } from '../../../format/localInput';

type InstantInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** An ISO instant or null (optional only because form helpers type it so). */
  value?: string | null;
  onChange: (value: string | null) => void;
};

/** A date-and-time field in local time whose value is an ISO instant (the shared schemas' form). */
export function InstantInput({ value, onChange, ...props }: InstantInputProps) {
  return (
    <TextInput
      {...props}
      type="datetime-local"
      value={toLocalInput(value ?? null)}
      onChange={(event) => onChange(fromLocalInput(event.currentTarget.value))}
    />
  );
}
