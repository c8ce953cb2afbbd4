import { AppError, ERROR_CODES } from '@tailwise/contracts';
import { fromWireError } from './rpc-client';

describe('fromWireError', () => {
  it('rebuilds an AppError from a service error body, details included', () => {
    const error = fromWireError({ code: 'NOT_FOUND', message: 'Client not found', details: { id: 'c-1' } });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: ERROR_CODES.NOT_FOUND, message: 'Client not found', details: { id: 'c-1' } });
  });

  it('keeps validation issues for the gateway to show per field', () => {
    const issues = [{ path: 'email', message: 'Enter a valid email address' }];
    const error = fromWireError({ code: 'VALIDATION', message: 'email: Enter a valid email address', details: { issues } });
    expect(error.code).toBe(ERROR_CODES.VALIDATION);
    expect(error.details).toEqual({ issues });
  });

  it.each([
    ['a string', 'There is no matching message handler defined in the remote service.'],
    ['Nest default error', { status: 'error', message: 'Internal server error' }],
    ['an unknown code', { code: 'TEAPOT', message: 'short and stout' }],
    ['a body without a message', { code: 'NOT_FOUND' }],
    ['null', null],
    ['a number', 500],
  ])('turns %s into a bare INTERNAL', (_label, wire) => {
    const error = fromWireError(wire);
    expect(error.code).toBe(ERROR_CODES.INTERNAL);
    expect(error.message).toBe('Internal error');
    expect(error.details).toBeUndefined();
  });
});
