/** UI strings of the command palette (merged into the catalogs by renderer/i18n/feature-strings.ts). */
export const paletteStrings = {
  en: {
    palette: {
      title: 'Commands',
      search: 'Type a command…',
      nothing: 'No command matches.',
      groups: { file: 'File', edit: 'Edit', note: 'Notes', structure: 'Stages and lanes', view: 'View', navigate: 'Navigate', export: 'Print and export', help: 'Help' },
    },
  },
  fa: {
    palette: {
      title: 'فرمان‌ها',
      search: 'نام فرمان را بنویسید…',
      nothing: 'هیچ فرمانی پیدا نشد.',
      groups: { file: 'پرونده', edit: 'ویرایش', note: 'یادداشت‌ها', structure: 'مرحله‌ها و ردیف‌ها', view: 'نما', navigate: 'جابه‌جایی', export: 'چاپ و خروجی', help: 'راهنما' },
    },
  },
}
