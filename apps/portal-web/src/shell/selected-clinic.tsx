import type { PortalLinkView } from '@tailwise/contracts';
import { isApiError } from '@tailwise/web-api';
import { createContext, use, useEffect } from 'react';

export interface SelectedClinic {
  /** The organization chosen in the clinic switcher; `null` when the account has no active link. */
  link: PortalLinkView | null;
  /**
   * A request for the organization's data was refused as not found: its access was probably
   * closed. The shell asks the server again which clinics the account has, and says so if
   * this one is gone.
   */
  reportNotFound: (link: PortalLinkView) => void;
}

export const SelectedClinicContext = createContext<SelectedClinic | null>(null);

/** The clinic the pages show; only inside the portal shell. */
export function useSelectedClinic(): SelectedClinic {
  const selected = use(SelectedClinicContext);
  if (!selected) throw new Error('useSelectedClinic is only for pages inside PortalShell');
  return selected;
}

/** Tells the shell, once per failure, when a query for the selected organization's data answers 404. */
export function useReportClosedAccess(error: Error | null): void {
  const { link, reportNotFound } = useSelectedClinic();
  useEffect(() => {
    if (link && isApiError(error) && error.status === 404) reportNotFound(link);
  }, [link, error, reportNotFound]);
}

/** Which link the switcher shows: the chosen one while the account still has it, else the first. */
export function selectedLink(links: readonly PortalLinkView[], chosenId: string | null): PortalLinkView | null {
  return links.find((link) => link.organizationId === chosenId) ?? links[0] ?? null;
}

/**
 * After asking the server again: the notice to show when the organization whose request was
 * refused is no longer among the account's links (`null` when it still is, and the 404 meant
 * something else).
 */
export function closedAccessNotice(lost: PortalLinkView, links: readonly PortalLinkView[]): string | null {
  if (links.some((link) => link.organizationId === lost.organizationId)) return null;
  return `${lost.organizationName} closed your portal access`;
}
