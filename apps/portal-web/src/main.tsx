import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createQueryClient } from '@tailwise/web-api';
import { startApp } from '@tailwise/web-ui';
import { APP_NAME, BASENAME } from './app/app-name';
import { routes } from './app/routes';

startApp({ appName: APP_NAME, routes, basename: BASENAME, queryClient: createQueryClient() });
