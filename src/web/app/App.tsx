import { BrowserRouter } from 'react-router';
import { createQueryClient, QueryProvider } from '../lib/query';
import { AuthProvider } from './auth';
import { AppRoutes } from './routes';

const queryClient = createQueryClient();

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <QueryProvider client={queryClient}>
          <AppRoutes />
        </QueryProvider>
      </AuthProvider>
    </BrowserRouter>
  );
}
