import { Badge, Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { formFailureOf } from '@tailwise/web-api';
import { type FieldsOfForm, formErrorFor, MOBILE_MEDIA_QUERY } from '@tailwise/web-ui';
import { type ReactNode, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useClinicSetupChange } from './clinic-setup-queries';

/**
 * Submits a setup form: a refusal's issues go on their fields, the rest above the form.
 * `save` does the work and whatever follows a success (a reset, a notice).
 */
export function useSetupFormSubmit<TValues extends FieldValues, TBody>(
  form: UseFormReturn<TValues, unknown, TBody>,
  fields: FieldsOfForm<TValues>,
  save: (body: TBody) => Promise<unknown>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await save(body);
    } catch (error) {
      setFormError(formErrorFor(formFailureOf(error), form.setError, fields));
    }
  });
  return { submit, formError };
}

/** The Save Changes button under a setup form, for those who may change it. */
export function SaveChangesButton({ canEdit, submitting }: { canEdit: boolean; submitting: boolean }) {
  return canEdit ? (
    <Group>
      <Button type="submit" loading={submitting}>
        Save Changes
      </Button>
    </Group>
  ) : null;
}

export function SetupDialog({ title, opened, onClose, children }: { title: string; opened: boolean; onClose: () => void; children: ReactNode }) {
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={fullScreen} closeButtonProps={{ 'aria-label': 'Close dialog' }} closeOnClickOutside={false}>
      {children}
    </Modal>
  );
}

export interface SetupTableProps<T extends { id: string }> {
  caption: string;
  minWidth: number;
  /** Column headings, the row header's first. */
  columns: readonly string[];
  items: readonly T[];
  emptyText: string;
  /** What names the row, in its header cell. */
  rowHeader: (item: T) => ReactNode;
  /** What the row's other cells hold, one for each column after the first. */
  cells: (item: T) => readonly ReactNode[];
  /** The row's button at its end; only given to those who may change the setup. */
  action?: (item: T) => ReactNode;
}

export function SetupTable<T extends { id: string }>({ caption, minWidth, columns, items, emptyText, rowHeader, cells, action }: SetupTableProps<T>) {
  if (items.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing="xs">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
            {action ? (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                {rowHeader(item)}
              </Table.Th>
              {cells(item).map((cell, index) => (
                <Table.Td key={columns[index + 1] ?? index}>{cell}</Table.Td>
              ))}
              {action ? (
                <Table.Td>
                  <Group justify="flex-end">{action(item)}</Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'}>
      {active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

export type Editing<T> = { mode: 'create' } | { mode: 'edit'; item: T } | null;

interface NamedItem {
  id: string;
  name: string;
}

/** A list whose items are added and edited in one dialog: which item it edits, and saving by create or update. */
export function useEditableList<TItem extends NamedItem, TBody>(
  clinicId: string,
  create: (clinicId: string, body: TBody) => Promise<TItem>,
  update: (clinicId: string, itemId: string, body: TBody) => Promise<TItem>,
) {
  const creating = useClinicSetupChange(clinicId, create);
  const updating = useClinicSetupChange(clinicId, (id: string, { itemId, body }: { itemId: string; body: TBody }) => update(id, itemId, body));
  const [editing, setEditing] = useState<Editing<TItem>>(null);
  const close = () => setEditing(null);
  const save = async (target: NonNullable<Editing<TItem>>, body: TBody) => {
    const saved = target.mode === 'edit' ? await updating.mutateAsync({ itemId: target.item.id, body }) : await creating.mutateAsync(body);
    close();
    notifications.show({ color: 'teal', message: `${saved.name} saved` });
  };
  return {
    editing,
    add: () => setEditing({ mode: 'create' }),
    edit: (item: TItem) => setEditing({ mode: 'edit', item }),
    close,
    save,
  };
}

export type EditableList<TItem extends NamedItem, TBody> = ReturnType<typeof useEditableList<TItem, TBody>>;

export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" onClick={onClick} aria-label={`Edit ${name}`}>
      Edit
    </Button>
  );
}

/** What the dialog gives its form: the item edited (`null` when adding) and where the form goes next. */
export interface ItemFormWiring<TItem, TBody> {
  item: TItem | null;
  submitLabel: string;
  onCancel: () => void;
  onSubmit: (body: TBody) => Promise<void>;
}

/** The Add/Edit dialog of an editable list; titled, and its form's button labelled, by `addLabel` when adding. */
export function EditItemDialog<TItem extends NamedItem, TBody>({
  list,
  addLabel,
  children,
}: {
  list: EditableList<TItem, TBody>;
  addLabel: string;
  children: (wiring: ItemFormWiring<TItem, TBody>) => ReactNode;
}) {
  const { editing, close, save } = list;
  return (
    <SetupDialog title={editing?.mode === 'edit' ? `Edit ${editing.item.name}` : addLabel} opened={editing !== null} onClose={close}>
      {editing
        ? children({
            item: editing.mode === 'edit' ? editing.item : null,
            submitLabel: editing.mode === 'edit' ? 'Save Changes' : addLabel,
            onCancel: close,
            onSubmit: (body) => save(editing, body),
          })
        : null}
    </SetupDialog>
  );
}
