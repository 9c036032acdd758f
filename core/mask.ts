/**
 * Personal data shown in lists is masked (product.md): the region and birth
 * year stay recognisable for a clerk, the rest is hidden.
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 4) return '*'.repeat(id.length);
  if (id.length < 12) return id.slice(0, 2) + '*'.repeat(id.length - 4) + id.slice(-2);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

export function maskMobile(mobile: string): string {
  if (mobile.length < 7) return '*'.repeat(mobile.length);
  return mobile.slice(0, 3) + '****' + mobile.slice(-4);
}
