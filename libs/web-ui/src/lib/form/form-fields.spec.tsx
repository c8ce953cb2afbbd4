import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../test/render-static';
import { attr, findTag } from '../testing/markup';
import { CheckboxField, NumberField, PasswordField, SelectField, TextareaField, TextField } from './form-fields';

interface Values {
  email: string;
  password: string;
  timeZone: string;
}

function Form({ errors }: { errors?: Partial<Record<keyof Values, string>> }) {
  const form = useForm<Values>({
    defaultValues: { email: 'ada@example.org', password: '', timeZone: 'Europe/Paris' },
    errors: errors
      ? Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, { type: 'server', message }]))
      : undefined,
  });
  return (
    <form noValidate>
      <TextField control={form.control} name="email" label="Email" type="email" required />
      <PasswordField control={form.control} name="password" label="Password" required />
      <SelectField
        control={form.control}
        name="timeZone"
        label="Time zone"
        options={[
          { value: 'America/Chicago', label: 'America/Chicago' },
          { value: 'Europe/Paris', label: 'Europe/Paris' },
        ]}
      />
    </form>
  );
}

describe('form fields', () => {
  it('labels every input and binds its value', () => {
    const html = renderStatic(<Form />);

    for (const [name, label] of [
      ['email', 'Email'],
      ['password', 'Password'],
      ['timeZone', 'Time zone'],
    ]) {
      const input = findTag(html, `name="${name}"`);
      const id = attr(input, 'id');
      expect(id, name).toBeTruthy();
      expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>${label}`));
    }
    expect(attr(findTag(html, 'name="email"'), 'value')).toBe('ada@example.org');
    expect(findTag(html, 'value="Europe/Paris"')).toContain('selected');
  });

  it('shows an error next to its field and links it for screen readers', () => {
    const html = renderStatic(<Form errors={{ email: 'An account with this email already exists' }} />);

    const input = findTag(html, 'name="email"');
    expect(attr(input, 'aria-invalid')).toBe('true');
    const describedBy = attr(input, 'aria-describedby') ?? '';
    const errorId = describedBy.split(' ').find((id) => html.includes(`id="${id}">An account with this email already exists`));
    expect(errorId).toBeTruthy();
    expect(attr(findTag(html, 'name="password"'), 'aria-invalid')).not.toBe('true');
  });

  it('marks an invalid password field for screen readers too', () => {
    const html = renderStatic(<Form errors={{ password: 'Use at least 8 characters' }} />);
    const input = findTag(html, 'name="password"');
    expect(attr(input, 'aria-invalid')).toBe('true');
    expect(html).toContain(`id="${attr(input, 'aria-describedby')}">Use at least 8 characters`);
  });

  it('keeps "password" out of the visibility toggle label so the field has one label match', () => {
    const html = renderStatic(<Form />);
    const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels.filter((label) => /password/i.test(label))).toEqual([]);
  });
});

interface MoreValues {
  consent: boolean;
  sessions: number | string;
  notes: string;
}

function MoreFields({ errors }: { errors?: Partial<Record<keyof MoreValues, string>> }) {
  const form = useForm<MoreValues>({
    defaultValues: { consent: true, sessions: 3, notes: 'Feral colony' },
    errors: errors ? Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, { type: 'server', message }])) : undefined,
  });
  return (
    <form noValidate>
      <CheckboxField control={form.control} name="consent" label="Email Communication" />
      <NumberField control={form.control} name="sessions" label="Number of sessions" />
      <TextareaField control={form.control} name="notes" label="Notes" />
    </form>
  );
}

describe('checkbox, number and textarea fields', () => {
  it('label their inputs and bind their values', () => {
    const html = renderStatic(<MoreFields />);
    for (const [name, label] of [
      ['consent', 'Email Communication'],
      ['sessions', 'Number of sessions'],
      ['notes', 'Notes'],
    ]) {
      const id = attr(findTag(html, `name="${name}"`), 'id');
      expect(id, name).toBeTruthy();
      expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>${label}`));
    }
    expect(findTag(html, 'name="consent"')).toMatch(/\schecked=""/);
    expect(attr(findTag(html, 'name="sessions"'), 'value')).toBe('3');
    expect(html).toMatch(/<textarea[^>]*name="notes"[^>]*>Feral colony<\/textarea>/);
  });

  it('show an error next to a checkbox and mark it invalid', () => {
    const html = renderStatic(<MoreFields errors={{ consent: 'Enter a mailing address or use the physical address', sessions: 'Too many' }} />);
    const checkbox = findTag(html, 'name="consent"');
    expect(attr(checkbox, 'aria-invalid')).toBe('true');
    expect(html).toContain(`id="${attr(checkbox, 'aria-describedby')}">Enter a mailing address or use the physical address`);
    expect(attr(findTag(html, 'name="sessions"'), 'aria-invalid')).toBe('true');
    expect(html).toContain('Too many');
  });
});
