import fc from 'fast-check';
import { bookPlace, capacityRuleIssues, placeAnimal, remainingPlaces, ruleFor, rulesOverlap, type CapacityAnimal, type CapacityBooking, type CapacityRule } from './capacity';

// Hundreds of generated cases per property: more than the default 5 s on a busy machine.
jest.setTimeout(60_000);

const SPECIES = ['cat', 'dog', 'rabbit'];
const WEIGHTS = [0, 1.5, 2, 5, 10, 40];

/** Small domains, so that random rule sets often overlap and often do not. */
const ruleArb = fc.record({
  species: fc.constantFrom(null, ...SPECIES),
  sex: fc.constantFrom<'female' | 'male' | null>(null, 'female', 'male'),
  minWeightKg: fc.constantFrom(null, ...WEIGHTS),
  maxWeightKg: fc.constantFrom(null, ...WEIGHTS),
  limit: fc.integer({ min: 0, max: 3 }),
});
const rulesArb = fc
  .array(ruleArb, { maxLength: 7 })
  .map((rules): CapacityRule[] => rules.map((rule, index) => ({ ...rule, id: `r${index}`, label: `Category ${index}` })));

const animalArb: fc.Arbitrary<CapacityAnimal> = fc.record({
  species: fc.constantFrom(...SPECIES),
  sex: fc.constantFrom<CapacityAnimal['sex']>('female', 'male', 'unknown'),
  weightKg: fc.option(fc.constantFrom(...WEIGHTS, 0.5, 3, 4.99, 7, 60), { freq: 5 }),
});

/** The rules `capacityRuleIssues` has nothing to say about. */
const accepted = (rules: CapacityRule[]) => {
  const flagged = new Set(capacityRuleIssues(rules).map((issue) => Number(issue.path.split('.')[1])));
  return rules.filter((_, index) => !flagged.has(index));
};

const runs = { numRuns: 300 };

describe('capacity rules, properties', () => {
  it('never accept two rules that overlap', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        const kept = accepted(rules);
        for (const a of kept) for (const b of kept) if (a !== b) expect(rulesOverlap(a, b)).toBe(false);
        if (capacityRuleIssues(rules).length === 0) expect(kept).toHaveLength(rules.length);
      }),
      runs,
    );
  });

  it('report each issue on a real field of a real rule', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        for (const issue of capacityRuleIssues(rules)) {
          const [root, index, field] = issue.path.split('.');
          expect(root).toBe('rules');
          expect(Number(index)).toBeLessThan(rules.length);
          expect(Object.keys(rules[Number(index)])).toContain(field);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('overlap exactly when some animal matches both rules', () => {
    fc.assert(
      fc.property(ruleArb, ruleArb, (a, b) => {
        const pair: CapacityRule[] = [{ ...a, id: 'a', label: 'A' }, { ...b, id: 'b', label: 'B' }];
        fc.pre(capacityRuleIssues([pair[0]]).length === 0 && capacityRuleIssues([pair[1]]).length === 0);
        const weights = [...new Set([...WEIGHTS, ...WEIGHTS.map((weight) => weight + 0.25)])];
        const sharedAnimal = SPECIES.some((species) =>
          (['female', 'male'] as const).some((sex) =>
            weights.some((weightKg) => ruleFor([pair[0]], { species, sex, weightKg }) !== null && ruleFor([pair[1]], { species, sex, weightKg }) !== null),
          ),
        );
        expect(rulesOverlap(pair[0], pair[1])).toBe(sharedAnimal);
      }),
      runs,
    );
  });

  it('give every animal at most one rule once accepted', () => {
    fc.assert(
      fc.property(rulesArb, animalArb, (rules, animal) => {
        const kept = accepted(rules);
        const matching = kept.filter((rule) => ruleFor([rule], animal) !== null);
        expect(matching.length).toBeLessThanOrEqual(1);
        expect(ruleFor(kept, animal)?.id ?? null).toBe(matching[0]?.id ?? null);
      }),
      runs,
    );
  });

  it('never leave a rule with fewer than no places, whatever is booked and placed', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('book' as const), rule: fc.nat(), animal: fc.option(animalArb) }),
      fc.record({ kind: fc.constant('place' as const), booking: fc.nat(), animal: animalArb }),
      fc.record({ kind: fc.constant('cancel' as const), booking: fc.nat() }),
    );
    fc.assert(
      fc.property(rulesArb, fc.array(step, { maxLength: 40 }), (rules, steps) => {
        const kept = accepted(rules);
        fc.pre(kept.length > 0);
        let bookings: CapacityBooking[] = [];
        for (const action of steps) {
          if (action.kind === 'book') {
            const placed = bookPlace(kept, bookings, kept[action.rule % kept.length].id, action.animal);
            if (placed.ok) bookings = [...bookings, { id: `b${bookings.length}-${steps.indexOf(action)}`, ruleId: placed.ruleId }];
          } else if (bookings.length > 0) {
            const target = bookings[action.booking % bookings.length];
            if (action.kind === 'cancel') {
              bookings = bookings.filter((booking) => booking !== target);
            } else {
              const placed = placeAnimal(kept, bookings, target, action.animal);
              if (placed.ok) {
                expect(ruleFor(kept, action.animal)?.id).toBe(placed.ruleId);
                bookings = bookings.map((booking) => (booking === target ? { ...booking, ruleId: placed.ruleId } : booking));
              } else {
                expect(placed.reason.length).toBeGreaterThan(0);
              }
            }
          }
          for (const [, left] of remainingPlaces(kept, bookings)) expect(left).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
