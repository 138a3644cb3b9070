import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { AntdProvider } from './AntdProvider.js';
import { queryClient } from './api/queryClient.js';
import { LangProvider } from './i18n/index.js';
import { router } from './router/router.js';

export function App() {
  return (
    <LangProvider>
      <QueryClientProvider client={queryClient}>
        <AntdProvider>
          <RouterProvider router={router} />
        </AntdProvider>
      </QueryClientProvider>
    </LangProvider>
  );
}
