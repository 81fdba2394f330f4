/** A Meta Instagram post export of n posts over the test plan's year (for call counts and the bench). */
export function bigInstagramExport(n: number): { name: string; text: string; reach: number } {
  const header = 'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';
  const lines = ['\uFEFF' + header];
  let reach = 0;
  const start = Date.UTC(2027, 0, 4);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + Math.floor((i * 360) / n) * 86_400_000);
    const date = `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()} ${String(8 + (i % 12)).padStart(2, '0')}:15`;
    const r = 100 + (i % 900);
    reach += r;
    lines.push(`18000${String(i).padStart(9, "0")},1784,oven_and_co,Oven & Co,"Post ${i}, with a caption
on two lines",0,${date},https://www.instagram.com/p/${i}/,IG image,,Lifetime,${r * 2},${r},${i % 50},${i % 7},0,${i % 11},${i % 5}`);
  }
  return { name: 'big.csv', text: lines.join('\n'), reach };
}
