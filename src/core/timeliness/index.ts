// 更新頻率 parsing and due dates (資料即時性, badge-rules.md §1).
export { parseFrequency, describeFrequency, type Frequency, type FrequencyUnit, type Period } from './frequency';
export { parseUpdateTime, parseIsoDay, isoDay } from './update-time';
export { dueDate, evaluateTimeliness, type TimelinessResult } from './due';
