import { describe, expect, it } from 'vitest';
import { renderNotification } from './index';

describe('message notices', () => {
  it('name the subject, or none when it is gone, in each language', () => {
    const named = { subject: 'Website', body: 'Hello' };
    expect(renderNotification('message.received', named, 'ja').title).toBe('「Website」に新しいメッセージが届きました');
    expect(renderNotification('message.received', named, 'en').title).toBe('New message about "Website"');
    const unnamed = { subject: null, body: 'Hello' };
    expect(renderNotification('message.received', unnamed, 'ja').title).toBe('「メッセージ」に新しいメッセージが届きました');
    expect(renderNotification('message.received', unnamed, 'en')).toEqual({ title: 'New message', body: 'Hello' });
  });
});
