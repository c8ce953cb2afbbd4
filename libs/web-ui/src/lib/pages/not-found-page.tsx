import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../empty-state';
import { usePageTitle } from '../page-title';

export interface NotFoundPageProps {
  homeTo?: string;
}

export function NotFoundPage({ homeTo = '/' }: NotFoundPageProps) {
  usePageTitle('Page not found');
  return (
    <EmptyState
      title="Page not found"
      titleOrder={1}
      description="There is no page at this address."
      actions={
        <Anchor component={Link} to={homeTo}>
          Go to the home page
        </Anchor>
      }
    />
  );
}
