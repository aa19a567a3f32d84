export const PASSWORD_RESET_TASK = 'auth.password_reset';
