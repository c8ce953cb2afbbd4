import { bookPlace, capacityRuleIssues, describeAnimal, placeAnimal, remainingPlaces, ruleFor, rulesOverlap, type CapacityRule } from './capacity';

const rule = (id: string, label: string, fields: Partial<CapacityRule> = {}): CapacityRule => ({
  id,
  label,
  species: null,
  sex: null,
  minWeightKg: null,
  maxWeightKg: null,
  limit: 2,
  ...fields,
});

const femaleCatsSmall = rule('fcs', 'Female cats under 5 kg', { species: 'cat', sex: 'female', maxWeightKg: 5 });
const femaleCatsLarge = rule('fcl', 'Female cats 5 kg and over', { species: 'cat', sex: 'female', minWeightKg: 5 });
const maleCats = rule('mc', 'Male cats', { species: 'cat', sex: 'male', limit: 1 });
const dogs = rule('d', 'Dogs', { species: 'dog', limit: 0 });
const rules = [femaleCatsSmall, femaleCatsLarge, maleCats, dogs];

describe('capacity rules', () => {
  it('accepts rules that differ by species, sex or weight range, with touching ranges', () => {
    expect(capacityRuleIssues(rules)).toEqual([]);
    expect(capacityRuleIssues([])).toEqual([]);
  });

  it('refuses an overlapping weight range on the field, naming the rule it overlaps', () => {
    const overlapping = rule('x', 'Female cats 4–6 kg', { species: 'cat', sex: 'female', minWeightKg: 4, maxWeightKg: 6 });
    expect(capacityRuleIssues([femaleCatsSmall, dogs, overlapping])).toEqual([
      { path: 'rules.2.minWeightKg', message: 'Overlaps “Female cats under 5 kg”: an animal may match only one category' },
    ]);
    const below = rule('y', 'Tiny female cats', { species: 'cat', sex: 'female', maxWeightKg: 2 });
    expect(capacityRuleIssues([femaleCatsSmall, below])[0].path).toBe('rules.1.maxWeightKg');
  });

  it('refuses an "any" species or sex that covers another rule, naming every rule it overlaps', () => {
    expect(capacityRuleIssues([femaleCatsSmall, maleCats, rule('all', 'All cats', { species: 'cat' })])).toEqual([
      { path: 'rules.2.sex', message: 'Overlaps “Female cats under 5 kg”, “Male cats”: an animal may match only one category' },
    ]);
    expect(capacityRuleIssues([dogs, rule('any', 'Anything')])[0].path).toBe('rules.1.species');
    expect(capacityRuleIssues([maleCats, rule('m', 'Males', { sex: 'male' })])[0].path).toBe('rules.1.species');
  });

  it('does not report overlaps against a rule that is itself invalid', () => {
    const issues = capacityRuleIssues([rule('a', 'Cats', { species: 'cat', limit: -1 }), rule('b', 'Cats again', { species: 'cat' })]);
    expect(issues).toEqual([{ path: 'rules.0.limit', message: 'Enter a whole number of places from 0 to 10000' }]);
  });

  it('refuses invalid fields with messages a clinic manager understands', () => {
    const issues = capacityRuleIssues([
      rule('a', '  ', { species: 'cat' }),
      rule('b', 'Dogs', { species: 'dog', limit: 1.5 }),
      rule('c', 'dogs', { species: 'rabbit' }),
      rule('d', 'Ferrets', { species: 'ferret', minWeightKg: 3, maxWeightKg: 3 }),
      rule('e', 'Others', { species: 'other', minWeightKg: -1, maxWeightKg: Number.NaN }),
      rule('a', 'Duplicate id', { species: 'cat', sex: 'male' }),
    ]);
    expect(issues).toEqual([
      { path: 'rules.0.label', message: 'Enter a name for this category' },
      { path: 'rules.1.limit', message: 'Enter a whole number of places from 0 to 10000' },
      { path: 'rules.2.label', message: 'Another category is already called “dogs”' },
      { path: 'rules.3.maxWeightKg', message: 'Must be more than the minimum weight (3 kg)' },
      { path: 'rules.4.minWeightKg', message: 'Enter a weight from 0 to 1000 kg, or leave it empty' },
      { path: 'rules.4.maxWeightKg', message: 'Enter a weight above 0 and up to 1000 kg, or leave it empty' },
      { path: 'rules.5.id', message: 'This category appears twice' },
    ]);
  });

  it('checks new rules that have no id yet', () => {
    const { id: _id, ...draft } = maleCats;
    expect(capacityRuleIssues([draft, { ...draft, label: 'Tomcats' }])).toEqual([{ path: 'rules.1.species', message: 'Overlaps “Male cats”: an animal may match only one category' }]);
  });

  it('overlap is symmetric and open-ended where bounds are null', () => {
    expect(rulesOverlap(femaleCatsSmall, femaleCatsLarge)).toBe(false);
    expect(rulesOverlap(femaleCatsLarge, rule('z', 'Heavy', { minWeightKg: 20 }))).toBe(true);
    expect(rulesOverlap(rule('z', 'Heavy', { minWeightKg: 20 }), femaleCatsLarge)).toBe(true);
    expect(rulesOverlap(maleCats, dogs)).toBe(false);
  });
});

describe('the rule an animal falls under', () => {
  it('matches species, sex and weight, minimum inclusive and maximum exclusive', () => {
    expect(ruleFor(rules, { species: 'cat', sex: 'female', weightKg: 4.99 })?.id).toBe('fcs');
    expect(ruleFor(rules, { species: 'cat', sex: 'female', weightKg: 5 })?.id).toBe('fcl');
    expect(ruleFor(rules, { species: 'cat', sex: 'male', weightKg: 6 })?.id).toBe('mc');
    expect(ruleFor(rules, { species: 'dog', sex: 'female', weightKg: 20 })?.id).toBe('d');
    expect(ruleFor(rules, { species: 'rabbit', sex: 'female', weightKg: 2 })).toBeNull();
  });

  it('matches an unknown weight or sex only to rules that do not ask for it', () => {
    expect(ruleFor(rules, { species: 'cat', sex: 'female', weightKg: null })).toBeNull();
    expect(ruleFor(rules, { species: 'cat', sex: 'male', weightKg: null })?.id).toBe('mc');
    expect(ruleFor(rules, { species: 'cat', sex: 'unknown', weightKg: 3 })).toBeNull();
    expect(ruleFor(rules, { species: 'dog', sex: 'unknown', weightKg: null })?.id).toBe('d');
  });
});

describe('places left', () => {
  it('counts the day’s bookings per rule, ignoring bookings without a rule or of a removed rule', () => {
    const left = remainingPlaces(rules, [{ ruleId: 'fcs' }, { ruleId: 'fcs' }, { ruleId: 'mc' }, { ruleId: null }, { ruleId: 'gone' }]);
    expect(Object.fromEntries(left)).toEqual({ fcs: 0, fcl: 2, mc: 0, d: 0 });
  });

  it('goes negative when a lowered limit is already overbooked', () => {
    expect(remainingPlaces([maleCats], [{ ruleId: 'mc' }, { ruleId: 'mc' }]).get('mc')).toBe(-1);
  });
});

describe('placing an animal in its booked place', () => {
  const day = [{ id: 'b1', ruleId: 'fcs' }, { id: 'b2', ruleId: 'fcs' }, { id: 'b3', ruleId: 'mc' }];

  it('keeps the place when the animal matches its rule, even when the rule is now full', () => {
    expect(placeAnimal(rules, day, day[0], { species: 'cat', sex: 'female', weightKg: 3 })).toEqual({ ok: true, ruleId: 'fcs' });
  });

  it('moves to the rule the animal matches when that rule has room', () => {
    expect(placeAnimal(rules, day, day[0], { species: 'cat', sex: 'female', weightKg: 6 })).toEqual({ ok: true, ruleId: 'fcl' });
  });

  it('refuses with the reason when the matching rule is full', () => {
    expect(placeAnimal(rules, day, day[0], { species: 'cat', sex: 'male', weightKg: 4 })).toEqual({
      ok: false,
      reason: 'It was booked as “Female cats under 5 kg”, but a male cat weighing 4 kg belongs in “Male cats”, which has no places left on this day',
    });
    expect(placeAnimal(rules, day, { ruleId: null }, { species: 'dog', sex: 'male', weightKg: 30 })).toEqual({
      ok: false,
      reason: 'A male dog weighing 30 kg belongs in “Dogs”, which has no places left on this day',
    });
  });

  it('refuses when no rule takes the animal', () => {
    expect(placeAnimal(rules, day, day[0], { species: 'cat', sex: 'female', weightKg: null })).toEqual({
      ok: false,
      reason: 'No surgery category of this day takes a female cat of unknown weight',
    });
  });

  it('describes animals in plain words', () => {
    expect(describeAnimal({ species: 'other', sex: 'unknown', weightKg: null })).toBe('an animal of unknown sex and weight');
    expect(describeAnimal({ species: 'rabbit', sex: null, weightKg: 1.5 })).toBe('a rabbit weighing 1.5 kg of unknown sex');
  });
});

describe('booking a new place', () => {
  const day = [{ ruleId: 'fcs' }, { ruleId: 'fcs' }];

  it('takes a place in the chosen rule while it has room', () => {
    expect(bookPlace(rules, day, 'fcl', null)).toEqual({ ok: true, ruleId: 'fcl' });
    expect(bookPlace(rules, day, 'fcs', null)).toEqual({ ok: false, reason: '“Female cats under 5 kg” has no places left on this day' });
    expect(bookPlace(rules, day, 'nope', null)).toEqual({ ok: false, reason: 'This surgery category does not exist any more' });
  });

  it('places a known animal in the rule it matches', () => {
    expect(bookPlace(rules, day, 'fcs', { species: 'cat', sex: 'female', weightKg: 7 })).toEqual({ ok: true, ruleId: 'fcl' });
    expect(bookPlace(rules, day, 'fcl', { species: 'cat', sex: 'female', weightKg: 2 })).toMatchObject({ ok: false });
  });
});
