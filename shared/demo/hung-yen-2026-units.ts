// The 22 units of the demo survey, as data (the same rows as units-hung-yen-2026.csv beside this file:
// 20 communes and wards × 45 forms + 2 provincial committees × 50 forms = 1,000). Names are illustrative.
import type { Unit } from '../survey/survey.ts';

export const hungYen2026Units: Unit[] = [
  { no: '01', code: 'HY-PH01', name: 'Đảng bộ phường Phố Hiến', kind: 'ward', quota: 45 },
  { no: '02', code: 'HY-PH02', name: 'Đảng bộ phường Sơn Nam', kind: 'ward', quota: 45 },
  { no: '03', code: 'HY-PH03', name: 'Đảng bộ phường Hồng Châu', kind: 'ward', quota: 45 },
  { no: '04', code: 'HY-PH04', name: 'Đảng bộ phường Mỹ Hào', kind: 'ward', quota: 45 },
  { no: '05', code: 'HY-PH05', name: 'Đảng bộ phường Đường Hào', kind: 'ward', quota: 45 },
  { no: '06', code: 'HY-PH06', name: 'Đảng bộ phường Thượng Hồng', kind: 'ward', quota: 45 },
  { no: '07', code: 'HY-PH07', name: 'Đảng bộ phường Thái Bình', kind: 'ward', quota: 45 },
  { no: '08', code: 'HY-PH08', name: 'Đảng bộ phường Trần Lãm', kind: 'ward', quota: 45 },
  { no: '09', code: 'HY-PH09', name: 'Đảng bộ phường Trần Hưng Đạo', kind: 'ward', quota: 45 },
  { no: '10', code: 'HY-PH10', name: 'Đảng bộ phường Trà Lý', kind: 'ward', quota: 45 },
  { no: '11', code: 'HY-PH11', name: 'Đảng bộ phường Vũ Phúc', kind: 'ward', quota: 45 },
  { no: '12', code: 'HY-XA01', name: 'Đảng bộ xã Như Quỳnh', kind: 'commune', quota: 45 },
  { no: '13', code: 'HY-XA02', name: 'Đảng bộ xã Lạc Đạo', kind: 'commune', quota: 45 },
  { no: '14', code: 'HY-XA03', name: 'Đảng bộ xã Văn Giang', kind: 'commune', quota: 45 },
  { no: '15', code: 'HY-XA04', name: 'Đảng bộ xã Mễ Sở', kind: 'commune', quota: 45 },
  { no: '16', code: 'HY-XA05', name: 'Đảng bộ xã Khoái Châu', kind: 'commune', quota: 45 },
  { no: '17', code: 'HY-XA06', name: 'Đảng bộ xã Ân Thi', kind: 'commune', quota: 45 },
  { no: '18', code: 'HY-XA07', name: 'Đảng bộ xã Kim Động', kind: 'commune', quota: 45 },
  { no: '19', code: 'HY-XA08', name: 'Đảng bộ xã Tiên Lữ', kind: 'commune', quota: 45 },
  { no: '20', code: 'HY-XA09', name: 'Đảng bộ xã Phù Cừ', kind: 'commune', quota: 45 },
  { no: '21', code: 'HY-CQD', name: 'Đảng ủy các cơ quan Đảng tỉnh', kind: 'province', quota: 50 },
  { no: '22', code: 'HY-UBND', name: 'Đảng ủy UBND tỉnh', kind: 'province', quota: 50 },
];
