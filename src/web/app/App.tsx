import { BrowserRouter } from 'react-router';
import { AuthProvider } from './auth';
import { AppRoutes } from './routes';
import { UnreadProvider } from './unread';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <UnreadProvider>
          <AppRoutes />
        </UnreadProvider>
      </AuthProvider>
    </BrowserRouter>
  );
}
