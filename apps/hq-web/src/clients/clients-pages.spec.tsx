import type { Activity, Animal, Client, ClientPage, SearchPage } from '@tailwise/contracts';
import { findTag, labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, volume } from '../test/clients';
import { ada, renderApp } from '../test/render-app';
import { listParamsFrom } from './client-list-page';
import { clientKeys } from './client-queries';
import { searchParamsFrom } from './search-page';

const owner: Client = {
  id: CLIENT_ID,
  kind: 'individual',
  displayName: 'Jamie Rivera',
  status: 'disabled',
  disabledAt: '2030-01-02T10:00:00.000Z',
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-02T10:00:00.000Z',
  animalCount: 1,
  lastVisitDate: '2029-12-01',
  nextVisitDate: null,
  details: {
    kind: 'individual',
    firstName: 'Jamie',
    lastName: 'Rivera',
    preferredLanguage: 'es',
    timeZone: 'America/Chicago',
    email: 'jamie@owner.test',
    emailConsent: true,
    mobile: '(303) 555-0142',
    smsConsent: true,
    mobileIsPrimary: true,
    allowLogin: false,
    salutation: null,
    pronouns: 'they/them',
    sexAssignedAtBirth: null,
    dateOfBirth: null,
    voiceConsent: false,
    address: null,
    referringProvider: null,
    qualified: false,
    veteranId: null,
    treatingClinicId: ada.clinics[0].id,
    alert: 'Bites when scared',
    otherPhones: [],
    emergencyContact: null,
    coverageType: 'none',
    coverageProvider: null,
    coverageNumber: null,
    authorizationNumber: null,
    caseNumber: null,
    numberOfSessions: null,
    billingNotes: null,
    notes: null,
    assignedStaffUserId: ada.user.id,
  },
};

const whiskers: Animal = {
  id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientId: CLIENT_ID,
  name: 'Whiskers',
  species: 'cat',
  sex: 'female',
  altered: 'intact',
  breed: null,
  colour: 'Tabby',
  dateOfBirth: null,
  estimatedAgeMonths: 18,
  weightKg: 4.536,
  microchip: '985141000123456',
  status: 'active',
  arrivingInTrap: true,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
};

const listOf = (path: string, assigned: 'me' | 'anyone', page: ClientPage) => (queryClient: QueryClient) =>
  queryClient.setQueryData(clientKeys.list(listParamsFrom(new URL(path, 'http://x').searchParams, assigned)), page);

const searchOf = (path: string, page: SearchPage) => (queryClient: QueryClient) => {
  const params = searchParamsFrom(new URL(path, 'http://x').searchParams);
  if (!params) throw new Error(`${path} is not a search`);
  queryClient.setQueryData(clientKeys.search(params), page);
};

const h1 = (html: string) => textsOf(html, 'h1');

describe('Create Volume Client', () => {
  const html = renderApp('/clients/volume/new', ada);

  it('asks for the organization, contact, phones, invoice email, addresses, emergency contact and notes', () => {
    expect(h1(html)).toEqual(['Create Volume Client']);
    expect(labelsOf(html)).toEqual([
      'Organization name',
      'Primary contact first name',
      'Primary contact last name',
      'Phone type',
      'Phone number',
      'Primary',
      'Invoice email (bill to)',
      'Street address',
      'Apt / Suite / Floor',
      'City',
      'State / Province',
      'ZIP / Postal code',
      'Country',
      'Use physical address',
      'Use physical address',
      'Name',
      'Phone',
      'Relationship',
      'Notes',
    ]);
    expect(textsOf(html, 'legend')).toEqual(expect.arrayContaining(['Physical address', 'Mailing address', 'Billing address', 'Emergency contact']));
  });

  it('has "use physical address" checked for mailing and billing, hiding their fields', () => {
    expect(findTag(html, 'name="mailingUsesPhysical"')).toMatch(/\schecked=""/);
    expect(findTag(html, 'name="billingUsesPhysical"')).toMatch(/\schecked=""/);
    expect(html).not.toContain('name="mailingAddress.line1"');
    expect(html).not.toContain('name="billingAddress.line1"');
  });

  it('saves with Save Changes, checked by the app rather than the browser', () => {
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Save Changes[\s\S]*?<\/button>/);
    expect(html).toMatch(/<form[^>]*novalidate/i);
  });
});

describe('Create Client', () => {
  const html = renderApp('/clients/new', ada);

  it('has the Basic fields with the consents as the clinics expect them', () => {
    expect(h1(html)).toEqual(['Create Client']);
    expect(labelsOf(html).slice(0, 10)).toEqual([
      'First name',
      'Last name',
      'Preferred language',
      'Time zone',
      'Email',
      'Email Communication',
      'Mobile',
      'SMS Communication',
      'Primary',
      'Allow login?',
    ]);
    expect(findTag(html, 'name="emailConsent"')).toMatch(/\schecked=""/);
    expect(findTag(html, 'name="smsConsent"')).not.toMatch(/\schecked=""/);
    expect(findTag(html, 'name="mobileIsPrimary"')).toMatch(/\schecked=""/);
    expect(findTag(html, 'name="allowLogin"')).not.toMatch(/\schecked=""/);
  });

  it('folds the Advanced sections, whose fields are labelled all the same', () => {
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>[\s\S]*?Client Details/);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>[\s\S]*?Contact Information/);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>[\s\S]*?Billing and Coverage/);
    expect(labelsOf(html)).toEqual(
      expect.arrayContaining([
        'Salutation',
        'Pronouns',
        'Sex assigned at birth',
        'Date of birth',
        'Voice Communication',
        'Apt / Suite / Floor',
        'Referring provider',
        'Qualified',
        'Veteran ID',
        'Treating clinic',
        'Client Alert',
        'Pet insurance or fee program',
        'Authorization number',
        'Case number',
        'Number of sessions',
        'Billing notes',
      ]),
    );
  });

  it("treats the client at the user's only clinic, in its time zone", () => {
    expect(findTag(html, `value="${ada.clinics[0].id}"`)).toContain('selected');
    expect(findTag(html, 'value="America/Chicago"')).toContain('selected');
  });

  it('creates with Create Client', () => {
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Create Client[\s\S]*?<\/button>/);
  });
});

describe('My Clients and All Clients', () => {
  const page: ClientPage = {
    items: [
      { id: CLIENT_ID, kind: 'volume', displayName: 'Alley Cat Rescue', status: 'disabled', primaryPhone: '(303) 555-0100', email: 'billing@rescue.test', animalCount: 3 },
    ],
    total: 1,
    page: 1,
    pageSize: 25,
  };

  it('lists clients with a link to each profile, their kind, phone, email, animals and a Disabled badge', () => {
    const html = renderApp('/clients/all', ada, listOf('/clients/all', 'anyone', page));
    expect(h1(html)).toEqual(['All Clients']);
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Name', 'Kind', 'Phone', 'Email', 'Animals', 'Status']));
    expect(linksOf(html)).toContainEqual({ href: `/clients/${CLIENT_ID}`, text: 'Alley Cat Rescue' });
    const row = textsOf(html, 'tr').find((text) => text.includes('Alley Cat Rescue'));
    expect(row).toBe('Alley Cat RescueVolume client(303) 555-0100billing@rescue.test3Disabled');
    expect(html).toMatch(/<button[^>]*>[\s\S]*?New Client[\s\S]*?<\/button>/);
  });

  it('keeps its filters and page in the address', () => {
    expect(listParamsFrom(new URLSearchParams('kind=volume&status=disabled&page=3'), 'me')).toEqual({
      assigned: 'me',
      kind: 'volume',
      status: 'disabled',
      page: 3,
      pageSize: 25,
    });
    expect(listParamsFrom(new URLSearchParams('kind=cats&page=-2'), 'anyone')).toMatchObject({ kind: undefined, page: 1 });
  });

  it('says plainly when there are no clients yet, offering to create one', () => {
    const empty: ClientPage = { items: [], total: 0, page: 1, pageSize: 25 };
    const all = renderApp('/clients/all', ada, listOf('/clients/all', 'anyone', empty));
    expect(textsOf(all, 'h2')).toContain('No clients yet');
    expect(linksOf(all)).toContainEqual({ href: '/clients/volume/new', text: 'Create Volume Client' });

    const mine = renderApp('/clients/mine', ada, listOf('/clients/mine', 'me', empty));
    expect(h1(mine)).toEqual(['My Clients']);
    expect(textsOf(mine, 'h2')).toContain('No clients assigned to you yet');
  });
});

describe('Search Clients and Animals', () => {
  it('has one search box, the type filter and a Search button', () => {
    const html = renderApp('/clients/search', ada);
    expect(labelsOf(html)).toEqual(['Search for', 'Type']);
    expect(textsOf(html, 'option')).toEqual(['All', 'Clients', 'Volume Clients', 'Animals']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Search[\s\S]*?<\/button>/);
  });

  it('shows each match: the client or animal, what matched, the owner of an animal, and Disable and Delete for a client', () => {
    const path = '/clients/search?q=alley&type=volume-clients';
    const html = renderApp(
      path,
      ada,
      searchOf(path, {
        items: [
          { kind: 'client', id: CLIENT_ID, clientId: CLIENT_ID, clientKind: 'volume', title: 'Alley Cat Rescue', subtitle: '(303) 555-0100', status: 'active', matchedOn: 'name' },
          { kind: 'animal', id: whiskers.id, clientId: CLIENT_ID, clientKind: 'volume', title: 'Alley', subtitle: 'Alley Cat Rescue', status: 'active', matchedOn: 'animal-name' },
        ],
        total: 2,
        page: 1,
        pageSize: 25,
      }),
    );
    expect(findTag(html, 'value="alley"')).toMatch(/^<input/);
    expect(findTag(html, 'value="volume-clients"')).toContain('selected');
    expect(linksOf(html)).toEqual(
      expect.arrayContaining([
        { href: `/clients/${CLIENT_ID}`, text: 'Alley Cat Rescue' },
        { href: `/clients/${CLIENT_ID}/animals`, text: 'Alley' },
      ]),
    );
    expect(html).toContain('Matched on name');
    expect(html).toContain('Owner: Alley Cat Rescue');
    expect(html).toMatch(/<button[^>]*aria-label="Disable Alley Cat Rescue"/);
    expect(html).toMatch(/<button[^>]*aria-label="Delete Alley Cat Rescue"/);
  });

  it('says "No clients or animals match" when nothing does', () => {
    const path = '/clients/search?q=zebra';
    const html = renderApp(path, ada, searchOf(path, { items: [], total: 0, page: 1, pageSize: 25 }));
    expect(textsOf(html, 'h2')).toContain('No clients or animals match');
  });

  it('reads the search from the address, and nothing shorter than 2 characters', () => {
    expect(searchParamsFrom(new URLSearchParams('q=al&type=animals&page=2'))).toEqual({ q: 'al', type: 'animals', page: 2, pageSize: 25 });
    expect(searchParamsFrom(new URLSearchParams('q=a'))).toBeNull();
    expect(searchParamsFrom(new URLSearchParams('q=alley&type=rabbits'))).toBeNull();
  });
});

describe('client profile', () => {
  const withClient = (client: Client, more?: (queryClient: QueryClient) => void) => (queryClient: QueryClient) => {
    queryClient.setQueryData(clientKeys.detail(client.id), client);
    more?.(queryClient);
  };

  it('heads the profile with the name, kind, Disabled badge, Client Alert, Enable and Delete, then the tabs', () => {
    const html = renderApp(`/clients/${CLIENT_ID}`, ada, withClient(owner));
    expect(h1(html)).toEqual(['Jamie Rivera']);
    expect(html).toContain('Disabled');
    expect(html).toMatch(/Client Alert[\s\S]*Bites when scared/);
    const buttons = textsOf(html, 'button');
    expect(buttons).toEqual(expect.arrayContaining(['Enable', 'Delete', 'Edit']));
    expect(buttons).not.toContain('Disable');
    expect(textsOf(html, 'button').filter((_, i, all) => all.indexOf('Details') <= i && i <= all.indexOf('History'))).toEqual([
      'Details',
      'Animals',
      'Appointments',
      'Records',
      'VCP',
      'History',
    ]);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>[\s\S]*?Details/);
    expect(html).toContain('Main Street Clinic');
  });

  it('offers Disable for an active client, and shows where a volume client mails and bills', () => {
    const html = renderApp(`/clients/${CLIENT_ID}`, ada, withClient(volume));
    expect(textsOf(html, 'button')).toEqual(expect.arrayContaining(['Disable', 'Delete']));
    expect(html).not.toContain('Client Alert');
    expect(textsOf(html, 'dd')).toEqual(expect.arrayContaining(['Same as physical address', 'PO Box 42\nDenver, CO 80204']));
  });

  it('lists the animals with weight in kg and lb and the trap flag', () => {
    const html = renderApp(
      `/clients/${CLIENT_ID}/animals`,
      ada,
      withClient(owner, (queryClient) => queryClient.setQueryData(clientKeys.animals(CLIENT_ID), [whiskers])),
    );
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>[\s\S]*?Animals/);
    const row = textsOf(html, 'tr').find((text) => text.includes('Whiskers'));
    expect(row).toContain('4.536 kg (10 lb)');
    expect(row).toContain('About 18 months');
    expect(row).toContain('In a trap');
    expect(html).toMatch(/<button[^>]*aria-label="Edit Whiskers"/);
    expect(textsOf(html, 'button')).toContain('Add Animal');
  });

  it.each([['records', 'Records']])('the %s tab says it arrives in a later release', (tab, title) => {
    const html = renderApp(`/clients/${CLIENT_ID}/${tab}`, ada, withClient(owner));
    expect(textsOf(html, 'h2')).toContain(title);
    expect(html).toContain('arrive in a later release');
  });

  it('the History tab shows when, who, what and the fields changed', () => {
    const activity: Activity = {
      id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      at: '2030-01-01T11:00:00.000Z',
      actorUserId: ada.user.id,
      actorName: 'Ada Lovelace',
      action: 'client.updated',
      changes: { smsConsent: { from: false, to: true }, mobile: { from: null, to: '(303) 555-0142' } },
      summary: 'Changed smsConsent and mobile',
    };
    const html = renderApp(
      `/clients/${CLIENT_ID}/history`,
      ada,
      withClient(owner, (queryClient) =>
        queryClient.setQueryData(clientKeys.history(CLIENT_ID, { page: 1, pageSize: 20 }), { items: [activity], total: 1, page: 1, pageSize: 20 }),
      ),
    );
    expect(html).toContain('Changed SMS Communication and Mobile');
    expect(html).toContain('Ada Lovelace');
    expect(html).toContain('Jan 1, 2030, 11:00 AM');
    expect(textsOf(html, 'tr')).toEqual(expect.arrayContaining(['SMS CommunicationNoYes', 'Mobile—(303) 555-0142']));
  });

  it('an unknown tab is not found', () => {
    expect(h1(renderApp(`/clients/${CLIENT_ID}/invoices`, ada, withClient(owner)))).toEqual(['Page not found']);
  });
});

describe('without the manage-clients permission', () => {
  const frontDesk = { ...ada, role: 'Front desk', permissions: [] };

  it.each(['/clients/volume/new', '/clients/new'])('%s says what is missing instead of a form the API would refuse', (path) => {
    const html = renderApp(path, frontDesk);
    expect(h1(html)).toEqual(['Clients']);
    expect(html).toContain('Manage clients permission');
    expect(labelsOf(html)).toEqual([]);
  });

  it('clients can be looked up, with nothing offered that changes them', () => {
    const page: ClientPage = { items: [{ id: CLIENT_ID, kind: 'volume', displayName: 'Alley Cat Rescue', status: 'active', primaryPhone: null, email: null, animalCount: 0 }], total: 1, page: 1, pageSize: 25 };
    const list = renderApp('/clients/all', frontDesk, listOf('/clients/all', 'anyone', page));
    expect(linksOf(list)).toContainEqual({ href: `/clients/${CLIENT_ID}`, text: 'Alley Cat Rescue' });
    expect(textsOf(list, 'button')).not.toContain('New Client');

    const profile = renderApp(`/clients/${CLIENT_ID}`, frontDesk, (queryClient) => queryClient.setQueryData(clientKeys.detail(CLIENT_ID), volume));
    expect(h1(profile)).toEqual(['Alley Cat Rescue']);
    for (const action of ['Disable', 'Delete', 'Edit']) expect(textsOf(profile, 'button')).not.toContain(action);
  });
});
