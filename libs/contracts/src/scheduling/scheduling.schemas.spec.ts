import { toFieldIssues } from '../common/errors';
import {
  appointmentTypeInputSchema,
  capacityRuleSetInputSchema,
  closureInputSchema,
  portalOptionsInputSchema,
  weeklyHoursSchema,
} from './scheduling.schemas';

const paths = (result: { success: boolean; error?: import('zod').ZodError }) => (result.error ? toFieldIssues(result.error).map((i) => i.path) : []);
const week = (overrides: Record<number, unknown> = {}) => ({
  days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: { opens: '08:00', closes: '17:00' }, ...(overrides[weekday] as object) })),
});

describe('scheduling schemas', () => {
  it('hours: all 7 weekdays in order, each closed or one interval closing after it opens', () => {
    expect(weeklyHoursSchema.safeParse(week({ 7: { hours: null } })).success).toBe(true);
    expect(paths(weeklyHoursSchema.safeParse(week({ 3: { hours: { opens: '17:00', closes: '08:00' } } })))).toEqual(['days.2.hours.closes']);
    expect(paths(weeklyHoursSchema.safeParse(week({ 2: { hours: { opens: '8:00', closes: '24:00' } } })))).toEqual(['days.1.hours.opens', 'days.1.hours.closes']);
    expect(paths(weeklyHoursSchema.safeParse(week({ 1: { weekday: 2 } })))).toEqual(['days.0.weekday']);
    expect(paths(weeklyHoursSchema.safeParse({ days: week().days.slice(0, 6) }))).toEqual(['days']);
  });

  it('closures end on or after they start', () => {
    expect(closureInputSchema.safeParse({ startDate: '2026-12-24', endDate: '2026-12-24', reason: 'Eve' }).success).toBe(true);
    expect(paths(closureInputSchema.safeParse({ startDate: '2026-12-24', endDate: '2026-12-23', reason: 'Eve' }))).toEqual(['endDate']);
  });

  it('appointment types last 5 to 1440 minutes in steps of 5', () => {
    const type = (defaultDurationMinutes: number) => appointmentTypeInputSchema.safeParse({ name: 'Exam', category: 'wellness', defaultDurationMinutes });
    expect([5, 30, 1440].map((m) => type(m).success)).toEqual([true, true, true]);
    expect([0, 7, 1445].map((m) => paths(type(m)))).toEqual([['defaultDurationMinutes'], ['defaultDurationMinutes'], ['defaultDurationMinutes']]);
  });

  it('capacity rules: any species, sex or bound by default; the maximum weight above the minimum; each id once', () => {
    expect(capacityRuleSetInputSchema.parse({ rules: [{ label: 'All', limit: 3 }] }).rules[0]).toEqual({
      label: 'All',
      species: null,
      sex: null,
      minWeightKg: null,
      maxWeightKg: null,
      limit: 3,
    });
    expect(paths(capacityRuleSetInputSchema.safeParse({ rules: [{ label: 'Dogs', species: 'dog', minWeightKg: 20, maxWeightKg: 20, limit: 1 }] }))).toEqual([
      'rules.0.maxWeightKg',
    ]);
    const id = '0b9f6c2e-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
    expect(paths(capacityRuleSetInputSchema.safeParse({ rules: [{ id, label: 'A', limit: 1 }, { id, label: 'B', limit: 1 }] }))).toEqual(['rules.1.id']);
  });

  it('portal options: a blank notification email or text is none', () => {
    expect(
      portalOptionsInputSchema.parse({ allowRequests: true, requestNotificationEmail: '', allowSelfScheduling: false, showOfficeHours: true, officeHoursText: ' ' }),
    ).toEqual({ allowRequests: true, requestLabel: 'Request an appointment', requestNotificationEmail: null, allowSelfScheduling: false, showOfficeHours: true, officeHoursText: null });
  });
});
