// The project configuration's file name: a settings file, never a data file to check.
export const CONFIG_FILE = '.opendatabadge.json';

export function isProjectConfigPath(path: string): boolean {
  return path.replace(/\\/g, '/').split('/').pop()?.toLowerCase() === CONFIG_FILE;
}
