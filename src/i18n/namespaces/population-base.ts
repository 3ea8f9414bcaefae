/** Strings of the population base: the open data or the user's settlement table. */
import { defineNamespace } from '../define-namespace';

export const populationBase = defineNamespace({
  en: {
    heading: 'Population base',
    openData_one: 'Open data: {{count, number}} listed settlement, {{people, number}} people.',
    openData_other: 'Open data: {{count, number}} listed settlements, {{people, number}} people.',
    'table.replace_one':
      'Your table {{file}}: {{count, number}} settlement, {{people, number}} people, replacing the listed settlements.',
    'table.replace_other':
      'Your table {{file}}: {{count, number}} settlements, {{people, number}} people, replacing the listed settlements.',
    'table.extend_one':
      'Your table {{file}}: {{count, number}} settlement, {{people, number}} people, the listed settlements extended.',
    'table.extend_other':
      'Your table {{file}}: {{count, number}} settlements, {{people, number}} people, the listed settlements extended.',
    choose: 'Use a settlement table…',
    chooseHint:
      'CSV, TSV or GeoJSON with a name and a population column; rows are matched to the listed settlements by name, or placed by their own coordinates.',
    reading: 'Reading {{file}}…',
    mode: 'The table',
    'mode.replace': 'replaces the listed settlements',
    'mode.extend': 'extends the listed settlements',
    back: 'Back to open data',
    useLayer: 'Use as population base',
    layerInUse: 'The population base of the analysis',
    problems_one: '{{count, number}} row left out',
    problems_other: '{{count, number}} rows left out',
    'problems.row': 'Row',
    'problems.name': 'Name',
    'problems.reason': 'Reason',
    'reason.noName': 'no name',
    'reason.noMatch': 'no listed settlement of this name, and no coordinates',
    'reason.ambiguous': 'several listed settlements have this name',
    'reason.duplicate': 'the same settlement as an earlier row',
    'reason.populationNotANumber': 'population is not a whole number',
    'reason.notAPoint': 'not a point',
    'reason.outsideCountry': 'the point is outside Kyrgyzstan',
    'short.openData': 'Population base: open data (listed settlements).',
    'short.table': 'Population base: your table {{file}}.',
  },
  ru: {
    heading: 'Основа расчёта населения',
    openData_one:
      'Открытые данные: {{count, number}} поселение из списка, {{people, number}} человек.',
    openData_few:
      'Открытые данные: {{count, number}} поселения из списка, {{people, number}} человек.',
    openData_many:
      'Открытые данные: {{count, number}} поселений из списка, {{people, number}} человек.',
    openData_other:
      'Открытые данные: {{count, number}} поселения из списка, {{people, number}} человек.',
    'table.replace_one':
      'Ваша таблица {{file}}: {{count, number}} поселение, {{people, number}} человек, вместо списка поселений.',
    'table.replace_few':
      'Ваша таблица {{file}}: {{count, number}} поселения, {{people, number}} человек, вместо списка поселений.',
    'table.replace_many':
      'Ваша таблица {{file}}: {{count, number}} поселений, {{people, number}} человек, вместо списка поселений.',
    'table.replace_other':
      'Ваша таблица {{file}}: {{count, number}} поселения, {{people, number}} человек, вместо списка поселений.',
    'table.extend_one':
      'Ваша таблица {{file}}: {{count, number}} поселение, {{people, number}} человек, список поселений дополнен.',
    'table.extend_few':
      'Ваша таблица {{file}}: {{count, number}} поселения, {{people, number}} человек, список поселений дополнен.',
    'table.extend_many':
      'Ваша таблица {{file}}: {{count, number}} поселений, {{people, number}} человек, список поселений дополнен.',
    'table.extend_other':
      'Ваша таблица {{file}}: {{count, number}} поселения, {{people, number}} человек, список поселений дополнен.',
    choose: 'Взять таблицу поселений…',
    chooseHint:
      'CSV, TSV или GeoJSON со столбцами названия и населения; строки сопоставляются с поселениями списка по названию или ставятся по своим координатам.',
    reading: 'Читается {{file}}…',
    mode: 'Таблица',
    'mode.replace': 'заменяет список поселений',
    'mode.extend': 'дополняет список поселений',
    back: 'Вернуться к открытым данным',
    useLayer: 'Сделать базой населения',
    layerInUse: 'База населения анализа',
    problems_one: '{{count, number}} строка не учтена',
    problems_few: '{{count, number}} строки не учтены',
    problems_many: '{{count, number}} строк не учтено',
    problems_other: '{{count, number}} строки не учтены',
    'problems.row': 'Строка',
    'problems.name': 'Название',
    'problems.reason': 'Причина',
    'reason.noName': 'нет названия',
    'reason.noMatch': 'в списке нет поселения с таким названием, и нет координат',
    'reason.ambiguous': 'такое название у нескольких поселений списка',
    'reason.duplicate': 'то же поселение, что в строке выше',
    'reason.populationNotANumber': 'население — не целое число',
    'reason.notAPoint': 'не точка',
    'reason.outsideCountry': 'точка за пределами Кыргызстана',
    'short.openData': 'Основа расчёта населения: открытые данные (список поселений).',
    'short.table': 'Основа расчёта населения: ваша таблица {{file}}.',
  },
  ky: {
    heading: 'Калктын негизи',
    openData_one: 'Ачык маалымат: тизмедеги {{count, number}} конуш, {{people, number}} адам.',
    openData_other: 'Ачык маалымат: тизмедеги {{count, number}} конуш, {{people, number}} адам.',
    'table.replace_one':
      'Сиздин {{file}} таблицаңыз: {{count, number}} конуш, {{people, number}} адам, конуштардын тизмесинин ордуна.',
    'table.replace_other':
      'Сиздин {{file}} таблицаңыз: {{count, number}} конуш, {{people, number}} адам, конуштардын тизмесинин ордуна.',
    'table.extend_one':
      'Сиздин {{file}} таблицаңыз: {{count, number}} конуш, {{people, number}} адам, конуштардын тизмеси толукталды.',
    'table.extend_other':
      'Сиздин {{file}} таблицаңыз: {{count, number}} конуш, {{people, number}} адам, конуштардын тизмеси толукталды.',
    choose: 'Конуштардын таблицасын колдонуу…',
    chooseHint:
      'Аталыш жана калк мамычалары бар CSV, TSV же GeoJSON; саптар тизмедеги конуштарга аталышы боюнча салыштырылат же өз координаттары боюнча коюлат.',
    reading: '{{file}} окулууда…',
    mode: 'Таблица',
    'mode.replace': 'конуштардын тизмесин алмаштырат',
    'mode.extend': 'конуштардын тизмесин толуктайт',
    back: 'Ачык маалыматка кайтуу',
    useLayer: 'Калк базасы катары колдонуу',
    layerInUse: 'Талдоонун калк базасы',
    problems_one: '{{count, number}} сап эсепке алынган жок',
    problems_other: '{{count, number}} сап эсепке алынган жок',
    'problems.row': 'Сап',
    'problems.name': 'Аталышы',
    'problems.reason': 'Себеби',
    'reason.noName': 'аталышы жок',
    'reason.noMatch': 'тизмеде мындай аталыштагы конуш жок, координаттары да жок',
    'reason.ambiguous': 'бул аталыш тизмедеги бир нече конушта бар',
    'reason.duplicate': 'жогорку саптагы эле конуш',
    'reason.populationNotANumber': 'калкы бүтүн сан эмес',
    'reason.notAPoint': 'чекит эмес',
    'reason.outsideCountry': 'чекит Кыргызстандан тышкары',
    'short.openData': 'Калктын негизи: ачык маалымат (конуштардын тизмеси).',
    'short.table': 'Калктын негизи: сиздин {{file}} таблицаңыз.',
  },
});
