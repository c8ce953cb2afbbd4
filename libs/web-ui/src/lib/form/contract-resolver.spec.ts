import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractResolver, placeIssues } from './contract-resolver';

interface Values {
  name: string;
  smsConsent: boolean;
  mobile: string;
  address: { city: string };
}

const schema = z
  .strictObject({
    name: z.string().trim().min(1, { error: 'Required' }),
    smsConsent: z.boolean(),
    mobile: z.string().nullable(),
    address: z.strictObject({ city: z.string().min(1, { error: 'Required' }) }).nullable(),
    extra: z.string().max(3, { error: 'Too long' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.smsConsent && !v.mobile) ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'Enter a mobile number for SMS' });
  });

const toBody = (values: Values) => ({
  name: values.name,
  smsConsent: values.smsConsent,
  mobile: values.mobile.trim() || null,
  address: values.address.city ? values.address : null,
});

const options: ResolverOptions<Values> = { fields: {}, shouldUseNativeValidation: false, criteriaMode: 'firstError' };
const valid: Values = { name: 'Jamie', smsConsent: false, mobile: '', address: { city: '' } };

describe('contractResolver', () => {
  it('hands on the body the values make when the contract accepts it', async () => {
    const resolver = contractResolver({ toBody, schema });
    expect(await resolver(valid, undefined, options)).toEqual({ values: { name: 'Jamie', smsConsent: false, mobile: null, address: null }, errors: {} });
  });

  it('puts each issue on the field at its path, nested as the form holds it', async () => {
    const resolver = contractResolver({ toBody, schema });
    const result = await resolver({ ...valid, name: ' ', smsConsent: true }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      name: { type: 'validation', message: 'Required' },
      mobile: { type: 'validation', message: 'Enter a mobile number for SMS' },
    });
  });

  it('sends issues to the field `fieldOf` names, and those of no field to root', async () => {
    const resolver = contractResolver<Values, unknown>({
      toBody: (values) => ({ ...toBody(values), extra: 'too long' }),
      schema,
      fieldOf: (path) => (path === 'mobile' ? 'smsConsent' : path === 'extra' ? null : (path as 'name')),
    });
    const result = await resolver({ ...valid, smsConsent: true }, undefined, options);
    expect(result.errors).toMatchObject({
      smsConsent: { message: 'Enter a mobile number for SMS' },
      root: { message: 'extra: Too long' },
    });
    expect(result.errors).not.toHaveProperty('mobile');
  });
});

describe('placeIssues', () => {
  it('keeps the first issue per field', () => {
    const { placed, unplaced } = placeIssues(
      [
        { path: 'phones.0.number', message: 'Enter a valid phone number' },
        { path: 'phones.0.number', message: 'Second' },
        { path: 'kind', message: 'Invalid' },
      ],
      (path) => (path === 'kind' ? null : path),
    );
    expect([...placed]).toEqual([['phones.0.number', 'Enter a valid phone number']]);
    expect(unplaced).toEqual([{ path: 'kind', message: 'Invalid' }]);
  });
});
