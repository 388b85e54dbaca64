import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/http/client-address.mjs';

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.9', 0)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', undefined, 0)).toBe('203.0.113.7');
    expect(clientAddress(undefined, '198.51.100.9', 0)).toBeNull();
  });

  it('behind trusted proxies is the entry the outermost one appended, not what the client wrote', () => {
    // The client sent "1.1.1.1"; the load balancer appended the address it saw.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies: the CDN appended the client, the load balancer appended the CDN.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 203.0.113.7, 192.0.2.50', 2)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', ['1.1.1.1', '203.0.113.7'], 1)).toBe('203.0.113.7');
  });

  it('with fewer entries than trusted proxies takes the furthest one there is', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7', 3)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });
});
