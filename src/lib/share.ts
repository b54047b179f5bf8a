/** Share targets for a page: plain links (no third-party script, nothing loads until clicked). */

export interface ShareLink {
  id: 'line' | 'x' | 'weibo';
  href: string;
}

export function buildShareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { id: 'line', href: `https://social-plugins.line.me/lineit/share?url=${u}` },
    { id: 'x', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { id: 'weibo', href: `https://service.weibo.com/share/share.php?url=${u}&title=${t}` },
  ];
}
