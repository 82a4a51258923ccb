// US ZIP codes whose delivery area reaches into more than one state. A billing ZIP that the
// table files under one state can be right for an address in the other one.

const censusZcta =
  'https://peter-horton.com/2022/12/30/zip-codes-zctas-and-zctas-that-cross-state-boundaries/'
const zipfyi = 'https://zipfyi.com/story/zip-codes-crossing-state-lines'
const independent = 'PayLight address checks against USPS city/state look-ups, 2026-11'

type Group = readonly [source: string, entries: string]

// `ZIP:ST/ST` entries, space-separated, grouped by the source that lists them.
const groups: readonly Group[] = [
  [
    // Census ZIP Code Tabulation Areas (2020) that cross a state line, as tabulated there.
    censusZcta,
    '86514:AZ/NM/UT 82082:CO/NE/WY 57717:MT/SD/WY 71749:AR/LA 69168:CO/NE 69201:NE/SD ' +
      '69212:NE/SD 69216:NE/SD 69337:NE/SD 71953:AR/OK 71937:AR/OK 72338:AR/TN 72644:AR/MO ' +
      '73949:OK/TX 75556:AR/TX 79835:NM/TX 69026:KS/NE 02861:MA/RI 79922:NM/TX 66541:KS/NE ' +
      '59275:MT/ND 59847:ID/MT 63673:IL/MO 65729:AR/MO 65733:AR/MO 65761:AR/MO 66955:KS/NE ' +
      '68978:KS/NE 68325:KS/NE 68327:KS/NE 68420:KS/NE 68719:NE/SD 68755:NE/SD 68943:KS/NE ' +
      '79837:NM/TX 81120:CO/NM 80737:CO/NE 86515:AZ/NM 99128:ID/WA 99033:ID/WA 97913:ID/OR ' +
      '97910:ID/OR 97635:CA/OR 89832:ID/NV 89439:CA/NV 89421:NV/OR 89061:CA/NV 89060:CA/NV ' +
      '89019:CA/NV 89010:CA/NV 88430:NM/TX 87328:AZ/NM 86504:AZ/NM 59221:MT/ND 86044:AZ/UT ' +
      '84536:AZ/UT 84531:AZ/UT 84034:NV/UT 83856:ID/WA 83342:ID/UT 83127:ID/WY 83120:ID/WY ' +
      '82930:UT/WY 82801:MT/WY 82701:SD/WY 82063:CO/WY 81324:CO/UT 81137:CO/NM 59270:MT/ND ' +
      '58653:ND/SD 03579:ME/NH 38549:KY/TN 54540:MI/WI',
  ],
  [zipfyi, '42223:KY/TN 51023:IA/SD'],
  [independent, '05050:NH/VT 07833:NJ/PA'],
]

/** A ZIP code known to straddle a state line: the states it serves and where that is shown. */
export interface ZipStraddle {
  readonly states: readonly string[]
  readonly source: string
}

/** Known straddling ZIP codes (the whole list behind `zipStateFit`). */
export const usZipStraddles: ReadonlyMap<string, ZipStraddle> = new Map(
  groups.flatMap(([source, entries]) =>
    entries.split(' ').map((entry) => {
      const [zip = '', states = ''] = entry.split(':')
      return [zip, { states: states.split('/'), source }] as const
    }),
  ),
)
