import { EmptyState } from '../empty-state';
import { usePageTitle } from '../page-title';

export interface ComingSoonPageProps {
  /** The page's name, exactly as the navigation calls it. */
  title: string;
  description?: string;
}

/** A page that is in the navigation already but built in a later release: an empty state titled with its name. */
export function ComingSoonPage({ title, description }: ComingSoonPageProps) {
  usePageTitle(title);
  return (
    <EmptyState
      title={title}
      titleOrder={1}
      description={description ?? `${title} isn't available yet. It arrives in a later release of Tailwise.`}
    />
  );
}
