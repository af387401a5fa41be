// BGN/PCGN romanisation, used only to CHECK which GeoNames Cyrillic alternate name the GeoNames Latin name came from.
const UK =
  'а a б b в v г h ґ g д d е e є ye ж zh з z и y і i ї yi й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ь ’ ю yu я ya';
const RU =
  'а a б b в v г g д d е e ё ë ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ ” ы y ь ’ э e ю yu я ya';
const table = (s) =>
  new Map(s.split(' ').reduce((acc, v, i, arr) => (i % 2 ? acc : [...acc, [v, arr[i + 1]]]), []));
export const ALPHABET = { UA: table(UK), RU: table(RU) };
export function romanise(cyr, cc) {
  const t = ALPHABET[cc];
  return [...cyr.toLowerCase()]
    .map((ch, i, a) => {
      const yotated =
        cc === 'RU' && 'её'.includes(ch) && (i === 0 || /[\s\-аеёиоуыэюяьъ]/.test(a[i - 1]));
      return yotated ? 'y' + t.get(ch) : (t.get(ch) ?? ch);
    })
    .join('');
}
export const strict = (s) => s.toLowerCase().replace(/['ʼ`]/g, '’');
export const loose = (s) =>
  strict(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f’”\s-]/g, '');
