// Type-to-find customer picker: any fragment of a name, account, address, contact name or phone
// digits; the arrow keys move through the hits and Enter picks one. A hit found through one of its
// contacts also picks that contact.
import { CloseButton, Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { Ref } from 'react';
import type { SearchHit } from '../../../data/search/searchDirectory';
import type { PickedCustomer } from '../../../store/logSlice';
import { useCustomerSearch } from './useCustomerSearch';

interface CustomerPickerProps {
  label: string;
  value: PickedCustomer | null;
  query: string;
  onQueryChange: (query: string) => void;
  onPick: (customer: PickedCustomer | null, contactId: string | null) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  size?: 'xs' | 'sm';
  placeholder?: string;
  className?: string;
}

const fieldLabel = { name: 'name', phone: 'phone', email: 'email' } as const;

function matchNote(hit: SearchHit): string | null {
  const contact = hit.matches.find((m) => m.kind === 'contact');
  return contact?.kind === 'contact' ? `${contact.contactName} (${fieldLabel[contact.field]})` : null;
}

export function CustomerPicker({ label, value, query, onQueryChange, onPick, error, inputRef, size = 'sm', placeholder, className }: CustomerPickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { hits, answered } = useCustomerSearch(value ? '' : query);

  useEffect(() => {
    if (hits.length > 0) combobox.selectFirstOption();
    // `combobox` is a new object each render; selecting once per answer is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hits]);

  const submit = (optionValue: string) => {
    const [customerId, contactId] = optionValue.split('|');
    const hit = hits.find((h) => h.customer.id === customerId);
    if (hit) onPick({ id: hit.customer.id, name: hit.customer.name }, contactId || null);
    combobox.closeDropdown();
  };

  const typed = query.trim();
  const showDropdown = value === null && typed !== '' && answered === typed;

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          className={className}
          size={size}
          label={label}
          placeholder={placeholder ?? 'Name, account, contact or phone'}
          value={value ? value.name : query}
          error={error}
          autoComplete="off"
          spellCheck={false}
          leftSection={<IconSearch size={14} stroke={1.8} aria-hidden />}
          rightSection={
            value || query ? (
              <CloseButton size="sm" tabIndex={-1} aria-label={`Clear ${label.toLowerCase()}`} onMouseDown={(e) => e.preventDefault()} onClick={() => { onPick(null, null); onQueryChange(''); }} />
            ) : null
          }
          onChange={(event) => {
            if (value) onPick(null, null);
            onQueryChange(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={(event) => event.currentTarget.select()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!showDropdown}>
        <Combobox.Options aria-label={`${label} matches`}>
          {hits.length === 0 ? <Combobox.Empty>No customer matches “{typed}”</Combobox.Empty> : null}
          {hits.map((hit) => {
            const contact = hit.matches.find((m) => m.kind === 'contact');
            const note = matchNote(hit);
            return (
              <Combobox.Option key={hit.customer.id} value={`${hit.customer.id}|${contact?.kind === 'contact' ? contact.contactId : ''}`}>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={500} truncate>{hit.customer.name}</Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{hit.customer.accountNumber}</Text>
                </Group>
                {note ? <Text size="xs" c="dimmed" truncate>Contact: {note}</Text> : null}
              </Combobox.Option>
            );
          })}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
