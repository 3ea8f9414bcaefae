/** Strings of the notices and of every reason a notice gives (links, storage, imports). */
import { defineNamespace } from '../define-namespace';

export const notices = defineNamespace({
  en: {
    linkWithoutLayers:
      'The link names your added layers but does not carry them: use “Export GeoJSON” to share them with the scenario.',
    linkNamesLayers_one:
      'The scenario was made with a layer of its author’s own: {{layers}}. Its file does not travel in a link: ask for it and add it with “Add data…”.',
    linkNamesLayers_other:
      'The scenario was made with {{count}} layers of its author’s own: {{layers}}. Their files do not travel in a link: ask for them and add them with “Add data…”.',
    fileRefused: '{{file}} was not added; nothing on the map changed.',
    userLayersNotSavedFull:
      'The browser storage is full: your added layers were not saved. They stay on the map until you close the page; export the scenario to keep them.',
    userLayersNotSaved:
      'Your added layers could not be saved in this browser. They stay on the map until you close the page; export the scenario to keep them.',
    linkLoaded: 'Opened a shared scenario as a new copy; your saved scenarios are unchanged.',
    linkInvalid: 'The scenario in this link could not be read; the map opened with the defaults.',
    atlasCarries:
      'This portable atlas carries the scenario “{{name}}”, saved on {{made}}. Your saved scenarios are unchanged.',
    carriedInvalid:
      'The scenario in this atlas file could not be read; the map opened with the defaults.',
    storageUnavailable:
      'Scenarios cannot be saved in this browser (private mode?). Your work stays until you close the page: export it to keep it.',
    'populationBase.inUse.replace_one':
      'Population base: your table {{file}} replaces the listed settlements: {{count, number}} settlement, {{people, number}} people.',
    'populationBase.inUse.replace_other':
      'Population base: your table {{file}} replaces the listed settlements: {{count, number}} settlements, {{people, number}} people.',
    'populationBase.inUse.extend_one':
      'Population base: your table {{file}} extends the listed settlements: {{count, number}} settlement, {{people, number}} people.',
    'populationBase.inUse.extend_other':
      'Population base: your table {{file}} extends the listed settlements: {{count, number}} settlements, {{people, number}} people.',
    'populationBase.openData_one':
      'Population base: the open data again, {{count, number}} listed settlement, {{people, number}} people.',
    'populationBase.openData_other':
      'Population base: the open data again, {{count, number}} listed settlements, {{people, number}} people.',
    'populationBase.noNameColumn':
      '{{file}} cannot be a settlement table: no column of names (name, название, аталышы…). Its columns: {{columns}}. The population base is unchanged.',
    'populationBase.noPopulationColumn':
      '{{file}} cannot be a settlement table: no population column (population, население, калкы…). Its columns: {{columns}}. The population base is unchanged.',
    'populationBase.noUsableRow_one':
      '{{file}}: its {{count, number}} row could not be used. The population base is unchanged.',
    'populationBase.noUsableRow_other':
      '{{file}}: none of its {{count, number}} rows could be used. The population base is unchanged.',
    'populationBase.unreadable': '{{why}} The population base is unchanged.',
    'populationBase.notSaved':
      'Your settlement table cannot be kept in this browser: it is used until you close the page.',
    'populationBase.storageFull':
      'The browser storage is full: your settlement table is used until you close the page.',
    'regionalTable.applied_one':
      'Your regional table {{file}} is ready: {{count, number}} region matched. Choose one of its columns to map it.',
    'regionalTable.applied_other':
      'Your regional table {{file}} is ready: {{count, number}} regions matched. Choose one of its columns to map it.',
    'regionalTable.noRegionColumn':
      '{{file}} has no column naming the regions (by name or ISO code); its columns: {{columns}}.',
    'regionalTable.noNumericColumn': '{{file}} has no column of numbers; its columns: {{columns}}.',
    'regionalTable.unreadable': '{{why}} The indicators are unchanged.',
    'regionalTable.notSaved':
      'Your regional table could not be saved in this browser; it is used until you close the page.',
    'regionalTable.storageFull':
      'The browser storage is full: your regional table is used until you close the page.',
    storageFull:
      'The browser storage is full: the latest changes are kept only until you close the page. Export or delete scenarios.',
    recoveredCorrupt:
      'A saved scenario was damaged; the last good version was restored and the damaged copy kept for export.',
    imported: 'Scenario imported.',
    stagesApplied: 'Suggested stages applied (Undo puts your own back).',
    candidatesAdded_one: '{{count}} candidate added from the planning.',
    candidatesAdded_other: '{{count}} candidates added from the planning.',
    importFailed: 'The file was not imported; nothing was changed.',
    importWarnings: 'Imported with warnings',
    linkCopied: 'Link copied.',
    onlineUnavailable: 'The online basemap cannot be reached; the built-in map is shown.',
    finderUrlIgnored: 'Some filters in the link were not understood and were left out:',
    compareFailed: 'The scenarios could not be compared; nothing was changed.',
    outsideText: '{{text}}',
    'link.empty': 'The link holds an empty scenario.',
    'link.tooLong': 'The link is too long to be a scenario of this app.',
    'link.notDecompressible': 'The link is damaged: its scenario cannot be decompressed.',
    'link.tooMuchData': 'The link holds more data than a scenario can have.',
    'link.altered': 'The link is damaged: it was cut short or altered.',
    'link.notReadable': 'The link is damaged: its scenario is not readable.',
    'link.noScenario': 'The link is damaged: it holds no scenario.',
    'link.invalidScenario':
      'The scenario in the link has a value this app does not accept (at {{field}}).',
    'link.newerVersion':
      'The scenario in the link was made by a newer version of the app (version {{version}}).',
    'link.unreadable': 'The link could not be read.',
    'import.unreadable': 'The file could not be read.',
    'import.notText': 'The file is not text.',
    'import.tooLarge':
      'The file is too large ({{size, number}} MB); files up to {{limit, number}} MB can be imported.',
    'import.fileTooLarge': '{{file}}: larger than {{limit, number}} MB.',
    'import.notJson': 'The file is not valid JSON.',
    'import.notFeatureCollection':
      'The file is not a GeoJSON FeatureCollection ("type" must be "FeatureCollection").',
    'import.noFeatures': 'The file has no list of features ("features" must be a list).',
    'import.invalidScenario':
      'The scenario stored in the file has a value this app does not accept (at {{field}}).',
    'import.newerVersion':
      'The scenario in the file was made by a newer version of the app (version {{version}}).',
    'import.invalidNodes':
      'The imported growth nodes have a value this app does not accept (at {{field}}).',
    'import.notAFeature': 'Feature {{feature}}: expected a GeoJSON Feature ("type": "Feature").',
    'import.notAPoint': 'Feature {{feature}}: the geometry must be a Point with two numbers.',
    'import.badCoordinates':
      'Feature {{feature}}: coordinates must be longitude −180…180 and latitude −90…90.',
    'import.noProperties': 'Feature {{feature}}: its properties must be an object with a name.',
    'import.noName': 'Feature {{feature}}: the property name must be a non-empty text.',
    'import.badStage': 'Feature {{feature}}: the property stage must be 1, 2, 3 or empty.',
    'import.duplicateNode':
      'Feature {{feature}}: “{{name}}” is the growth node {{node}} again (already feature {{earlier}}).',
    'import.migrated': 'The scenario in the file was made by an older version and was updated.',
    'import.pointsDiffer':
      'The points in the file differ from the scenario stored with them; the stored scenario was used.',
    'import.outsideFeature':
      'Feature {{feature}} (“{{name}}”): {{position}} is outside Kyrgyzstan (kept as it is).',
    'import.outsideNode':
      'Growth node “{{name}}”: {{position}} is outside Kyrgyzstan (kept as it is).',
    'import.outsideCandidate':
      'Candidate “{{name}}”: {{position}} is outside Kyrgyzstan (kept as it is).',
    'import.tooManyFeatures_one':
      'The file has {{count, number}} feature; a scenario holds at most {{nodes}} Concept growth nodes and {{candidates}} candidates.',
    'import.tooManyFeatures_other':
      'The file has {{count, number}} features; a scenario holds at most {{nodes}} Concept growth nodes and {{candidates}} candidates.',
    'import.noConceptNode_one':
      'No point in the file names a Concept growth node, so {{count}} growth node is marked removed.',
    'import.noConceptNode_other':
      'No point in the file names a Concept growth node, so all {{count}} are marked removed.',
    'import.moreOutside_one': '… and {{count}} more point outside Kyrgyzstan.',
    'import.moreOutside_other': '… and {{count}} more points outside Kyrgyzstan.',
  },
  ru: {
    linkWithoutLayers:
      'Ссылка называет добавленные слои, но не передаёт их: чтобы поделиться ими вместе со сценарием, используйте «Экспорт GeoJSON».',
    linkNamesLayers_one:
      'Сценарий сделан с собственным слоем автора: {{layers}}. Его файл не передаётся по ссылке: попросите его и добавьте через «Добавить данные…».',
    linkNamesLayers_few:
      'Сценарий сделан с {{count}} собственными слоями автора: {{layers}}. Их файлы не передаются по ссылке: попросите их и добавьте через «Добавить данные…».',
    linkNamesLayers_many:
      'Сценарий сделан с {{count}} собственными слоями автора: {{layers}}. Их файлы не передаются по ссылке: попросите их и добавьте через «Добавить данные…».',
    linkNamesLayers_other:
      'Сценарий сделан с {{count}} собственными слоями автора: {{layers}}. Их файлы не передаются по ссылке: попросите их и добавьте через «Добавить данные…».',
    fileRefused: 'Файл {{file}} не добавлен; на карте ничего не изменилось.',
    userLayersNotSavedFull:
      'Хранилище браузера заполнено: добавленные слои не сохранены. Они останутся на карте до закрытия страницы; экспортируйте сценарий, чтобы их сохранить.',
    userLayersNotSaved:
      'Добавленные слои нельзя сохранить в этом браузере. Они останутся на карте до закрытия страницы; экспортируйте сценарий, чтобы их сохранить.',
    linkLoaded: 'Открыт сценарий из ссылки как новая копия; сохранённые сценарии не изменены.',
    linkInvalid:
      'Сценарий из ссылки не удалось прочитать; карта открыта с настройками по умолчанию.',
    atlasCarries:
      'Этот переносной атлас содержит сценарий «{{name}}», сохранённый {{made}}. Ваши сохранённые сценарии не изменены.',
    carriedInvalid:
      'Сценарий в этом файле атласа не удалось прочитать; карта открыта с настройками по умолчанию.',
    storageUnavailable:
      'В этом браузере нельзя сохранять сценарии (приватный режим?). Работа сохранится до закрытия страницы: экспортируйте её.',
    'populationBase.inUse.replace_one':
      'Население считается по вашей таблице {{file}} вместо списка поселений: {{count, number}} поселение, {{people, number}} человек.',
    'populationBase.inUse.replace_few':
      'Население считается по вашей таблице {{file}} вместо списка поселений: {{count, number}} поселения, {{people, number}} человек.',
    'populationBase.inUse.replace_many':
      'Население считается по вашей таблице {{file}} вместо списка поселений: {{count, number}} поселений, {{people, number}} человек.',
    'populationBase.inUse.replace_other':
      'Население считается по вашей таблице {{file}} вместо списка поселений: {{count, number}} поселения, {{people, number}} человек.',
    'populationBase.inUse.extend_one':
      'Население считается по списку поселений, дополненному вашей таблицей {{file}}: {{count, number}} поселение, {{people, number}} человек.',
    'populationBase.inUse.extend_few':
      'Население считается по списку поселений, дополненному вашей таблицей {{file}}: {{count, number}} поселения, {{people, number}} человек.',
    'populationBase.inUse.extend_many':
      'Население считается по списку поселений, дополненному вашей таблицей {{file}}: {{count, number}} поселений, {{people, number}} человек.',
    'populationBase.inUse.extend_other':
      'Население считается по списку поселений, дополненному вашей таблицей {{file}}: {{count, number}} поселения, {{people, number}} человек.',
    'populationBase.openData_one':
      'Население снова считается по открытым данным: {{count, number}} поселение, {{people, number}} человек.',
    'populationBase.openData_few':
      'Население снова считается по открытым данным: {{count, number}} поселения, {{people, number}} человек.',
    'populationBase.openData_many':
      'Население снова считается по открытым данным: {{count, number}} поселений, {{people, number}} человек.',
    'populationBase.openData_other':
      'Население снова считается по открытым данным: {{count, number}} поселения, {{people, number}} человек.',
    'populationBase.noNameColumn':
      '{{file}} не подходит как таблица поселений: нет столбца с названиями (name, название, аталышы…). Её столбцы: {{columns}}. Основа расчёта населения не изменилась.',
    'populationBase.noPopulationColumn':
      '{{file}} не подходит как таблица поселений: нет столбца населения (population, население, калкы…). Её столбцы: {{columns}}. Основа расчёта населения не изменилась.',
    'populationBase.noUsableRow_one':
      '{{file}}: нельзя использовать ни одну строку из {{count, number}}. Основа расчёта населения не изменилась.',
    'populationBase.noUsableRow_few':
      '{{file}}: нельзя использовать ни одну из {{count, number}} строк. Основа расчёта населения не изменилась.',
    'populationBase.noUsableRow_many':
      '{{file}}: нельзя использовать ни одну из {{count, number}} строк. Основа расчёта населения не изменилась.',
    'populationBase.noUsableRow_other':
      '{{file}}: нельзя использовать ни одну из {{count, number}} строки. Основа расчёта населения не изменилась.',
    'populationBase.unreadable': '{{why}} Основа расчёта населения не изменилась.',
    'populationBase.notSaved':
      'Вашу таблицу поселений нельзя сохранить в этом браузере: она используется, пока страница открыта.',
    'populationBase.storageFull':
      'Хранилище браузера заполнено: ваша таблица поселений используется, пока страница открыта.',
    'regionalTable.applied_one':
      'Ваша региональная таблица {{file}} готова: сопоставлен {{count, number}} регион. Выберите столбец, чтобы показать его на карте.',
    'regionalTable.applied_few':
      'Ваша региональная таблица {{file}} готова: сопоставлено {{count, number}} региона. Выберите столбец, чтобы показать его на карте.',
    'regionalTable.applied_many':
      'Ваша региональная таблица {{file}} готова: сопоставлено {{count, number}} регионов. Выберите столбец, чтобы показать его на карте.',
    'regionalTable.applied_other':
      'Ваша региональная таблица {{file}} готова: сопоставлено {{count, number}} региона. Выберите столбец, чтобы показать его на карте.',
    'regionalTable.noRegionColumn':
      'В {{file}} нет столбца с регионами (по названию или коду ISO); его столбцы: {{columns}}.',
    'regionalTable.noNumericColumn': 'В {{file}} нет столбца с числами; его столбцы: {{columns}}.',
    'regionalTable.unreadable': '{{why}} Индикаторы не изменились.',
    'regionalTable.notSaved':
      'Не удалось сохранить вашу региональную таблицу в этом браузере; она используется, пока страница открыта.',
    'regionalTable.storageFull':
      'Хранилище браузера заполнено: ваша региональная таблица используется, пока страница открыта.',
    storageFull:
      'Хранилище браузера заполнено: последние изменения живут до закрытия страницы. Экспортируйте или удалите сценарии.',
    recoveredCorrupt:
      'Сохранённый сценарий был повреждён; восстановлена последняя исправная версия, повреждённая копия сохранена для экспорта.',
    imported: 'Сценарий импортирован.',
    stagesApplied: 'Предлагаемые этапы применены («Отменить» вернёт ваши).',
    candidatesAdded_one: 'Из планирования добавлен {{count}} кандидат.',
    candidatesAdded_few: 'Из планирования добавлено {{count}} кандидата.',
    candidatesAdded_many: 'Из планирования добавлено {{count}} кандидатов.',
    candidatesAdded_other: 'Из планирования добавлено {{count}} кандидата.',
    importFailed: 'Файл не импортирован; ничего не изменено.',
    importWarnings: 'Импортировано с предупреждениями',
    linkCopied: 'Ссылка скопирована.',
    onlineUnavailable: 'Онлайн-подложка недоступна; показана встроенная карта.',
    finderUrlIgnored: 'Часть фильтров в ссылке не распознана и пропущена:',
    compareFailed: 'Сценарии не удалось сравнить; ничего не изменилось.',
    outsideText: '{{text}}',
    'link.empty': 'В ссылке пустой сценарий.',
    'link.tooLong': 'Ссылка слишком длинная для сценария этого приложения.',
    'link.notDecompressible': 'Ссылка повреждена: её сценарий не удаётся распаковать.',
    'link.tooMuchData': 'В ссылке больше данных, чем может быть в сценарии.',
    'link.altered': 'Ссылка повреждена: она обрезана или изменена.',
    'link.notReadable': 'Ссылка повреждена: её сценарий не читается.',
    'link.noScenario': 'Ссылка повреждена: в ней нет сценария.',
    'link.invalidScenario':
      'В сценарии из ссылки есть значение, которое приложение не принимает (в {{field}}).',
    'link.newerVersion':
      'Сценарий из ссылки создан более новой версией приложения (версия {{version}}).',
    'link.unreadable': 'Ссылку не удалось прочитать.',
    'import.unreadable': 'Файл не удалось прочитать.',
    'import.notText': 'Файл не текстовый.',
    'import.tooLarge':
      'Файл слишком большой ({{size, number}} МБ); импортировать можно файлы до {{limit, number}} МБ.',
    'import.fileTooLarge': '{{file}}: больше {{limit, number}} МБ.',
    'import.notJson': 'Файл не является корректным JSON.',
    'import.notFeatureCollection':
      'Файл не является GeoJSON FeatureCollection ("type" должен быть "FeatureCollection").',
    'import.noFeatures': 'В файле нет списка объектов ("features" должен быть списком).',
    'import.invalidScenario':
      'В сценарии, сохранённом в файле, есть значение, которое приложение не принимает (в {{field}}).',
    'import.newerVersion':
      'Сценарий в файле создан более новой версией приложения (версия {{version}}).',
    'import.invalidNodes':
      'В импортированных точках роста есть значение, которое приложение не принимает (в {{field}}).',
    'import.notAFeature': 'Объект {{feature}}: ожидался GeoJSON Feature ("type": "Feature").',
    'import.notAPoint': 'Объект {{feature}}: геометрия должна быть точкой (Point) с двумя числами.',
    'import.badCoordinates': 'Объект {{feature}}: координаты — долгота −180…180 и широта −90…90.',
    'import.noProperties': 'Объект {{feature}}: свойства должны быть объектом с названием (name).',
    'import.noName': 'Объект {{feature}}: свойство name должно быть непустым текстом.',
    'import.badStage': 'Объект {{feature}}: свойство stage должно быть 1, 2, 3 или пустым.',
    'import.duplicateNode':
      'Объект {{feature}}: «{{name}}» — снова точка роста {{node}} (уже объект {{earlier}}).',
    'import.migrated': 'Сценарий в файле создан более старой версией и был обновлён.',
    'import.pointsDiffer':
      'Точки в файле отличаются от сохранённого с ними сценария; использован сохранённый сценарий.',
    'import.outsideFeature':
      'Объект {{feature}} («{{name}}»): {{position}} — за пределами Кыргызстана (оставлен как есть).',
    'import.outsideNode':
      'Точка роста «{{name}}»: {{position}} — за пределами Кыргызстана (оставлена как есть).',
    'import.outsideCandidate':
      'Кандидат «{{name}}»: {{position}} — за пределами Кыргызстана (оставлен как есть).',
    'import.tooManyFeatures_one':
      'В файле {{count, number}} объект; в сценарии не больше {{nodes}} точек роста Концепции и {{candidates}} кандидатов.',
    'import.tooManyFeatures_few':
      'В файле {{count, number}} объекта; в сценарии не больше {{nodes}} точек роста Концепции и {{candidates}} кандидатов.',
    'import.tooManyFeatures_many':
      'В файле {{count, number}} объектов; в сценарии не больше {{nodes}} точек роста Концепции и {{candidates}} кандидатов.',
    'import.tooManyFeatures_other':
      'В файле {{count, number}} объекта; в сценарии не больше {{nodes}} точек роста Концепции и {{candidates}} кандидатов.',
    'import.noConceptNode_one':
      'Ни одна точка в файле не называет точку роста Концепции, поэтому {{count}} точка роста отмечена удалённой.',
    'import.noConceptNode_few':
      'Ни одна точка в файле не называет точку роста Концепции, поэтому все {{count}} точки роста отмечены удалёнными.',
    'import.noConceptNode_many':
      'Ни одна точка в файле не называет точку роста Концепции, поэтому все {{count}} точек роста отмечены удалёнными.',
    'import.noConceptNode_other':
      'Ни одна точка в файле не называет точку роста Концепции, поэтому все {{count}} точки роста отмечены удалёнными.',
    'import.moreOutside_one': '… и ещё {{count}} точка за пределами Кыргызстана.',
    'import.moreOutside_few': '… и ещё {{count}} точки за пределами Кыргызстана.',
    'import.moreOutside_many': '… и ещё {{count}} точек за пределами Кыргызстана.',
    'import.moreOutside_other': '… и ещё {{count}} точки за пределами Кыргызстана.',
  },
  ky: {
    linkWithoutLayers:
      'Шилтеме кошулган катмарларды атайт, бирок аларды бербейт: аларды сценарий менен бөлүшүү үчүн «GeoJSON экспорттоо» колдонуңуз.',
    linkNamesLayers_one:
      'Сценарий автордун өз катмары менен жасалган: {{layers}}. Анын файлы шилтеме менен берилбейт: аны сурап, «Маалымат кошуу…» аркылуу кошуңуз.',
    linkNamesLayers_other:
      'Сценарий автордун {{count}} өз катмары менен жасалган: {{layers}}. Алардын файлдары шилтеме менен берилбейт: аларды сурап, «Маалымат кошуу…» аркылуу кошуңуз.',
    fileRefused: '{{file}} файлы кошулган жок; картада эч нерсе өзгөргөн жок.',
    userLayersNotSavedFull:
      'Браузердин сактагычы толгон: кошулган катмарлар сакталган жок. Алар бетти жапканга чейин картада калат; аларды сактоо үчүн сценарийди экспорттоңуз.',
    userLayersNotSaved:
      'Кошулган катмарларды бул браузерде сактоого болбойт. Алар бетти жапканга чейин картада калат; аларды сактоо үчүн сценарийди экспорттоңуз.',
    linkLoaded:
      'Шилтемедеги сценарий жаңы көчүрмө катары ачылды; сакталган сценарийлер өзгөргөн жок.',
    linkInvalid:
      'Шилтемедеги сценарийди окуу мүмкүн болгон жок; карта демейки жөндөөлөр менен ачылды.',
    atlasCarries:
      'Бул көчмө атласта «{{name}}» сценарийи бар ({{made}} сакталган). Сакталган сценарийлериңиз өзгөргөн жок.',
    carriedInvalid:
      'Бул атлас файлындагы сценарийди окуу мүмкүн болгон жок; карта демейки жөндөөлөр менен ачылды.',
    storageUnavailable:
      'Бул браузерде сценарийлерди сактоого болбойт (жеке режим?). Иш барак жабылганга чейин сакталат: аны экспорттоңуз.',
    'populationBase.inUse.replace_one':
      'Калк сиздин {{file}} таблицаңыз боюнча эсептелет, конуштардын тизмесинин ордуна: {{count, number}} конуш, {{people, number}} адам.',
    'populationBase.inUse.replace_other':
      'Калк сиздин {{file}} таблицаңыз боюнча эсептелет, конуштардын тизмесинин ордуна: {{count, number}} конуш, {{people, number}} адам.',
    'populationBase.inUse.extend_one':
      'Калк сиздин {{file}} таблицаңыз менен толукталган конуштардын тизмеси боюнча эсептелет: {{count, number}} конуш, {{people, number}} адам.',
    'populationBase.inUse.extend_other':
      'Калк сиздин {{file}} таблицаңыз менен толукталган конуштардын тизмеси боюнча эсептелет: {{count, number}} конуш, {{people, number}} адам.',
    'populationBase.openData_one':
      'Калк кайра ачык маалымат боюнча эсептелет: {{count, number}} конуш, {{people, number}} адам.',
    'populationBase.openData_other':
      'Калк кайра ачык маалымат боюнча эсептелет: {{count, number}} конуш, {{people, number}} адам.',
    'populationBase.noNameColumn':
      '{{file}} конуштардын таблицасы боло албайт: аталыштар мамычасы жок (name, название, аталышы…). Анын мамычалары: {{columns}}. Калктын негизи өзгөргөн жок.',
    'populationBase.noPopulationColumn':
      '{{file}} конуштардын таблицасы боло албайт: калк мамычасы жок (population, население, калкы…). Анын мамычалары: {{columns}}. Калктын негизи өзгөргөн жок.',
    'populationBase.noUsableRow_one':
      '{{file}}: анын {{count, number}} сабын колдонууга болбойт. Калктын негизи өзгөргөн жок.',
    'populationBase.noUsableRow_other':
      '{{file}}: анын {{count, number}} сабынын бирин да колдонууга болбойт. Калктын негизи өзгөргөн жок.',
    'populationBase.unreadable': '{{why}} Калктын негизи өзгөргөн жок.',
    'populationBase.notSaved':
      'Конуштардын таблицаңызды бул браузерде сактоого болбойт: ал барак ачык турганда колдонулат.',
    'populationBase.storageFull':
      'Браузердин сактагычы толду: конуштардын таблицаңыз барак ачык турганда колдонулат.',
    'regionalTable.applied_one':
      '{{file}} аймактык таблицаңыз даяр: {{count, number}} аймак дал келди. Картада көрсөтүү үчүн мамычасын тандаңыз.',
    'regionalTable.applied_other':
      '{{file}} аймактык таблицаңыз даяр: {{count, number}} аймак дал келди. Картада көрсөтүү үчүн мамычасын тандаңыз.',
    'regionalTable.noRegionColumn':
      '{{file}} файлында аймактарды атаган мамыча жок (аты же ISO коду боюнча); мамычалары: {{columns}}.',
    'regionalTable.noNumericColumn':
      '{{file}} файлында сандар мамычасы жок; мамычалары: {{columns}}.',
    'regionalTable.unreadable': '{{why}} Көрсөткүчтөр өзгөргөн жок.',
    'regionalTable.notSaved':
      'Аймактык таблицаңызды бул браузерде сактоо мүмкүн болгон жок; ал барак ачык турганда колдонулат.',
    'regionalTable.storageFull':
      'Браузердин сактагычы толду: аймактык таблицаңыз барак ачык турганда колдонулат.',
    storageFull:
      'Браузердин сактагычы толду: акыркы өзгөртүүлөр барак жабылганга чейин гана сакталат. Сценарийлерди экспорттоңуз же өчүрүңүз.',
    recoveredCorrupt:
      'Сакталган сценарий бузулган экен; акыркы туура нускасы калыбына келтирилди, бузулган көчүрмө экспорт үчүн сакталды.',
    imported: 'Сценарий импорттолду.',
    stagesApplied: 'Сунушталган этаптар колдонулду («Артка кайтаруу» сиздикин кайтарат).',
    candidatesAdded_one: 'Пландоодон {{count}} талапкер кошулду.',
    candidatesAdded_other: 'Пландоодон {{count}} талапкер кошулду.',
    importFailed: 'Файл импорттолгон жок; эч нерсе өзгөргөн жок.',
    importWarnings: 'Эскертүүлөр менен импорттолду',
    linkCopied: 'Шилтеме көчүрүлдү.',
    onlineUnavailable: 'Онлайн негиз жеткиликсиз; камтылган карта көрсөтүлдү.',
    finderUrlIgnored: 'Шилтемедеги айрым чыпкалар түшүнүксүз болуп, калтырылды:',
    compareFailed: 'Сценарийлерди салыштыруу мүмкүн болгон жок; эч нерсе өзгөргөн жок.',
    outsideText: '{{text}}',
    'link.empty': 'Шилтемедеги сценарий бош.',
    'link.tooLong': 'Шилтеме бул колдонмонун сценарийи болууга өтө узун.',
    'link.notDecompressible': 'Шилтеме бузулган: андагы сценарийди ачууга болбойт.',
    'link.tooMuchData': 'Шилтемеде сценарийде боло алгандан көп маалымат бар.',
    'link.altered': 'Шилтеме бузулган: ал кыскартылган же өзгөртүлгөн.',
    'link.notReadable': 'Шилтеме бузулган: андагы сценарий окулбайт.',
    'link.noScenario': 'Шилтеме бузулган: анда сценарий жок.',
    'link.invalidScenario': 'Шилтемедеги сценарийде колдонмо кабыл албаган маани бар ({{field}}).',
    'link.newerVersion':
      'Шилтемедеги сценарий колдонмонун жаңыраак версиясында түзүлгөн ({{version}}-версия).',
    'link.unreadable': 'Шилтемени окуу мүмкүн болгон жок.',
    'import.unreadable': 'Файлды окуу мүмкүн болгон жок.',
    'import.notText': 'Файл текст эмес.',
    'import.tooLarge':
      'Файл өтө чоң ({{size, number}} МБ); {{limit, number}} МБ чейинки файлдарды импорттоого болот.',
    'import.fileTooLarge': '{{file}}: {{limit, number}} МБ ашык.',
    'import.notJson': 'Файл туура JSON эмес.',
    'import.notFeatureCollection':
      'Файл GeoJSON FeatureCollection эмес ("type" "FeatureCollection" болушу керек).',
    'import.noFeatures': 'Файлда объекттердин тизмеси жок ("features" тизме болушу керек).',
    'import.invalidScenario':
      'Файлда сакталган сценарийде колдонмо кабыл албаган маани бар ({{field}}).',
    'import.newerVersion':
      'Файлдагы сценарий колдонмонун жаңыраак версиясында түзүлгөн ({{version}}-версия).',
    'import.invalidNodes':
      'Импорттолгон өсүү түйүндөрүндө колдонмо кабыл албаган маани бар ({{field}}).',
    'import.notAFeature': '{{feature}}-объект: GeoJSON Feature күтүлгөн ("type": "Feature").',
    'import.notAPoint': '{{feature}}-объект: геометрия эки сандуу чекит (Point) болушу керек.',
    'import.badCoordinates':
      '{{feature}}-объект: координаттар — узундук −180…180 жана кеңдик −90…90 болушу керек.',
    'import.noProperties': '{{feature}}-объект: касиеттери аталышы (name) бар объект болушу керек.',
    'import.noName': '{{feature}}-объект: name касиети бош эмес текст болушу керек.',
    'import.badStage': '{{feature}}-объект: stage касиети 1, 2, 3 же бош болушу керек.',
    'import.duplicateNode':
      '{{feature}}-объект: «{{name}}» — кайрадан {{node}} өсүү түйүнү (мурда {{earlier}}-объект).',
    'import.migrated': 'Файлдагы сценарий эски версияда түзүлгөн жана жаңыртылды.',
    'import.pointsDiffer':
      'Файлдагы чекиттер алар менен сакталган сценарийден айырмаланат; сакталган сценарий колдонулду.',
    'import.outsideFeature':
      '{{feature}}-объект («{{name}}»): {{position}} Кыргызстандан тышкары (өзгөртүлгөн жок).',
    'import.outsideNode':
      '«{{name}}» өсүү түйүнү: {{position}} Кыргызстандан тышкары (өзгөртүлгөн жок).',
    'import.outsideCandidate':
      '«{{name}}» талапкери: {{position}} Кыргызстандан тышкары (өзгөртүлгөн жок).',
    'import.tooManyFeatures_one':
      'Файлда {{count, number}} объект бар; сценарийде Концепциянын {{nodes}} өсүү түйүнүнөн жана {{candidates}} талапкерден ашпайт.',
    'import.tooManyFeatures_other':
      'Файлда {{count, number}} объект бар; сценарийде Концепциянын {{nodes}} өсүү түйүнүнөн жана {{candidates}} талапкерден ашпайт.',
    'import.noConceptNode_one':
      'Файлдагы бир да чекит Концепциянын өсүү түйүнүн атабайт, ошондуктан {{count}} өсүү түйүнү алынып салынган деп белгиленди.',
    'import.noConceptNode_other':
      'Файлдагы бир да чекит Концепциянын өсүү түйүнүн атабайт, ошондуктан бардык {{count}} өсүү түйүнү алынып салынган деп белгиленди.',
    'import.moreOutside_one': '… жана Кыргызстандан тышкары дагы {{count}} чекит.',
    'import.moreOutside_other': '… жана Кыргызстандан тышкары дагы {{count}} чекит.',
  },
});
