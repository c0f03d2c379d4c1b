/**
 * The English value lists (locale-data.ts) kept in the derived cache: a compile that finds them reads about 100 KB of
 * JSON instead of loading faker's locale module and normalising it (about 20 ms of every compile's start). Keyed by
 * faker's installed version and seedforge's build, the two things the lists are computed from.
 */
import { BUILD_ID, digest, packageVersion, type DerivedCache } from './derived-cache.ts';
import { loadedLocaleData, provideLocaleData, type LocaleData } from './locale-data.ts';

function localeKey(): string {
  return digest(JSON.stringify([BUILD_ID, packageVersion('@faker-js/faker', '@faker-js/faker/locale/en')]));
}

/** Provides the cached lists to this thread; false when there are none (a miss, or a damaged entry). */
export function readLocaleCache(cache: DerivedCache): boolean {
  const entry = cache.get('locale', localeKey());
  if (!entry?.lists) return false;
  try {
    provideLocaleData(JSON.parse(entry.lists) as LocaleData);
    return true;
  } catch {
    return false;
  }
}

/** Keeps this thread's lists if it built them (nothing when it generated no values, or read them from the cache). */
export function writeLocaleCache(cache: DerivedCache, hadEntry: boolean): void {
  const data = loadedLocaleData();
  if (data && !hadEntry) cache.put('locale', localeKey(), { lists: JSON.stringify(data) });
}
