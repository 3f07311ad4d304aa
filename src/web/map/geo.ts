// The map's shapes: China's provinces, or one province's cities, as GeoJSON from the Apache ECharts project's
// map data (the npm package echarts 4.9.0, Apache-2.0, installed as echarts-v4-geo: later versions no longer
// ship maps). Each area's id is its GB/T 2260 code, so the library's regions join by code, not by name (the
// shapes say 广西, the library 广西壮族自治区). Loaded on the map page only, each file in its own chunk.
import { echarts } from '../lib/echarts';
import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';

echarts.use([MapChart, VisualMapComponent]);

interface GeoJson {
  type: 'FeatureCollection';
  features: Array<{ id?: string; properties: { name: string; id?: string } }>;
}

type Load = () => Promise<{ default: unknown }>;

/** A province's code → its file of cities (the files are named in pinyin). */
const PROVINCES: Record<string, Load> = {
  '110000': () => import('echarts-v4-geo/map/json/province/beijing.json'),
  '120000': () => import('echarts-v4-geo/map/json/province/tianjin.json'),
  '130000': () => import('echarts-v4-geo/map/json/province/hebei.json'),
  '140000': () => import('echarts-v4-geo/map/json/province/shanxi.json'),
  '150000': () => import('echarts-v4-geo/map/json/province/neimenggu.json'),
  '210000': () => import('echarts-v4-geo/map/json/province/liaoning.json'),
  '220000': () => import('echarts-v4-geo/map/json/province/jilin.json'),
  '230000': () => import('echarts-v4-geo/map/json/province/heilongjiang.json'),
  '310000': () => import('echarts-v4-geo/map/json/province/shanghai.json'),
  '320000': () => import('echarts-v4-geo/map/json/province/jiangsu.json'),
  '330000': () => import('echarts-v4-geo/map/json/province/zhejiang.json'),
  '340000': () => import('echarts-v4-geo/map/json/province/anhui.json'),
  '350000': () => import('echarts-v4-geo/map/json/province/fujian.json'),
  '360000': () => import('echarts-v4-geo/map/json/province/jiangxi.json'),
  '370000': () => import('echarts-v4-geo/map/json/province/shandong.json'),
  '410000': () => import('echarts-v4-geo/map/json/province/henan.json'),
  '420000': () => import('echarts-v4-geo/map/json/province/hubei.json'),
  '430000': () => import('echarts-v4-geo/map/json/province/hunan.json'),
  '440000': () => import('echarts-v4-geo/map/json/province/guangdong.json'),
  '450000': () => import('echarts-v4-geo/map/json/province/guangxi.json'),
  '460000': () => import('echarts-v4-geo/map/json/province/hainan.json'),
  '500000': () => import('echarts-v4-geo/map/json/province/chongqing.json'),
  '510000': () => import('echarts-v4-geo/map/json/province/sichuan.json'),
  '520000': () => import('echarts-v4-geo/map/json/province/guizhou.json'),
  '530000': () => import('echarts-v4-geo/map/json/province/yunnan.json'),
  '540000': () => import('echarts-v4-geo/map/json/province/xizang.json'),
  '610000': () => import('echarts-v4-geo/map/json/province/shanxi1.json'),
  '620000': () => import('echarts-v4-geo/map/json/province/gansu.json'),
  '630000': () => import('echarts-v4-geo/map/json/province/qinghai.json'),
  '640000': () => import('echarts-v4-geo/map/json/province/ningxia.json'),
  '650000': () => import('echarts-v4-geo/map/json/province/xinjiang.json'),
  '710000': () => import('echarts-v4-geo/map/json/province/taiwan.json'),
  '810000': () => import('echarts-v4-geo/map/json/province/xianggang.json'),
  '820000': () => import('echarts-v4-geo/map/json/province/aomen.json'),
};

/** A registered map: its name for ECharts, and each area's name by region code. */
export interface Geo {
  map: string;
  nameOf: Map<string, string>;
}

const loaded = new Map<string, Promise<Geo>>();

/** Whether a province's cities can be drawn. */
export const hasCities = (provinceCode: string): boolean => Object.hasOwn(PROVINCES, provinceCode);

/** China's provinces (named `china`: ECharts adds the 南海诸岛 inset to that map), or a province's cities. */
export function loadGeo(scope: string): Promise<Geo> {
  let p = loaded.get(scope);
  if (!p) {
    const file: Load = scope === 'china' ? () => import('echarts-v4-geo/map/json/china.json') : PROVINCES[scope];
    p = file().then(({ default: json }) => {
      const geo = json as GeoJson;
      echarts.registerMap(scope, geo as never);
      return { map: scope, nameOf: new Map(geo.features.map((f) => [f.id ?? f.properties.id ?? '', f.properties.name])) };
    });
    p.catch(() => loaded.delete(scope));
    loaded.set(scope, p);
  }
  return p;
}
