-- Meeting service checklists (会前 / 会中 / 会后, annexes O, Q and S of DB3206/T 1083—2024).
-- The template is configurable data shared by every meeting; a meeting's checklist is a copy made the
-- first time it is opened, so later template edits never change a past meeting. Marks (done, not
-- applicable, unticked) are only ever inserted: the latest mark of an item (by time, then its number
-- number on that item, then id) is its state.

CREATE TABLE checklist_template_item (
    id          UUID          PRIMARY KEY,
    phase       VARCHAR(20)   NOT NULL,
    position    INT           NOT NULL,
    text_zh     VARCHAR(500)  NOT NULL,
    text_en     VARCHAR(500)  NOT NULL DEFAULT '',
    retired     BOOLEAN       NOT NULL DEFAULT FALSE,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX checklist_template_item_phase ON checklist_template_item (phase, position);

-- The moment a meeting's checklist was copied from the template (one row per meeting).
CREATE TABLE meeting_checklist (
    meeting_id  UUID          PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200)  NOT NULL DEFAULT ''
);

CREATE TABLE meeting_checklist_item (
    id                UUID          PRIMARY KEY,
    meeting_id        UUID          NOT NULL REFERENCES meeting_checklist (meeting_id) ON DELETE CASCADE,
    phase             VARCHAR(20)   NOT NULL,
    position          INT           NOT NULL,
    text_zh           VARCHAR(500)  NOT NULL,
    text_en           VARCHAR(500)  NOT NULL DEFAULT '',
    template_item_id  UUID,
    added_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by          VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX meeting_checklist_item_meeting ON meeting_checklist_item (meeting_id, phase, position);

CREATE TABLE checklist_mark (
    id          UUID          PRIMARY KEY,
    meeting_id  UUID          NOT NULL REFERENCES meeting_checklist (meeting_id) ON DELETE CASCADE,
    item_id     UUID          NOT NULL REFERENCES meeting_checklist_item (id) ON DELETE CASCADE,
    mark_number INT           NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    note        VARCHAR(500)  NOT NULL DEFAULT '',
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by   VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX checklist_mark_item ON checklist_mark (item_id, marked_at);

-- The shipped template, compiled from the domain digest §7.3–7.5, §9 and §10. Fixed ids, so copies made
-- on different laptops from the shipped items merge as the same items.
INSERT INTO checklist_template_item (id, phase, position, text_zh, text_en, changed_at) VALUES
('c4ec0001-0000-4000-8000-000000000001', 'BEFORE', 1, '与主办单位确认会议需求：主席台、发言席、话筒、签到席、会标、领导休息室', 'Requirements confirmed with the organiser: podium, speaker''s stand, microphones, sign-in desk, banner, leaders'' waiting room', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000002', 'BEFORE', 2, '会场清洁：桌面、抽屉、座椅、地面、门窗；纸巾等用品齐全', 'Room cleaned: tables, drawers, chairs, floor, doors and windows; tissues and supplies in place', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000003', 'BEFORE', 3, '入口设会议指示牌；桌签摆放到位，姓名反复核对', 'Meeting sign at the entrance; name cards set out and the names checked again', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000004', 'BEFORE', 4, '室温调好（冬季约18 °C，夏季约25 °C）', 'Room temperature set (about 18 °C in winter, 25 °C in summer)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000005', 'BEFORE', 5, '音视频设备调试（话筒、调音台、投影、视频连线），备用话筒就位', 'Audio-visual equipment tested (microphones, mixer, projector, video link); spare microphones ready', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000006', 'BEFORE', 6, '会前1小时检查灯光', 'Lighting checked 1 h before', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000007', 'BEFORE', 7, '茶具消毒，茶叶、满壶开水、毛巾备齐；衣帽架清洁完好', 'Cups disinfected; tea leaves, full flasks and towels ready; coat racks clean and complete', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000008', 'BEFORE', 8, '服务人员会前1小时到岗', 'Attendants on site 1 h before', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000009', 'BEFORE', 9, '签到台开放（会前30–60分钟）；迎宾到位（会前10分钟，重要会议30分钟并在电梯口设岗）', 'Sign-in desk open (30–60 min before); greeters at their posts (10 min before; 30 min and at the lift for important meetings)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000010', 'BEFORE', 10, '厉行节约：工作会议不摆花草、不设背景板、不摆水果', 'Economy: no flowers, plants, backdrop or fruit at a working meeting', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000011', 'BEFORE', 11, '涉密会议：检查会场、扩音和录音设备，不用无线话筒，手机存放到位，服务人员签署保密承诺书', 'Classified meeting: venue, PA and recording equipment checked, no wireless microphones, phones stored, attendants'' confidentiality pledges signed', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0001-0000-4000-8000-000000000012', 'BEFORE', 12, '会前10分钟一切就绪、开门；主管检查验收（附录O）', 'Everything ready and doors open 10 min before; final inspection by the supervisor (annex O)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000001', 'DURING', 1, '引领入座：确认会议和部门，防止走错会场，为领导拉椅', 'Guests led to their seats: meeting and department confirmed so nobody enters the wrong room; chairs pulled out for leaders', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000002', 'DURING', 2, '签到统计人数并报主办单位，缺席人员及原因已记录', 'Sign-in counted and reported to the organiser; absences recorded with reasons', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000003', 'DURING', 3, '提醒手机静音（涉密会议手机不得带入）', 'Phones on silent reminded (no phones at all at a classified meeting)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000004', 'DURING', 4, '按计划续水', 'Tea refilled on schedule', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000005', 'DURING', 5, '监听音响，提前检查下一位发言人话筒', 'Sound monitored; the next speaker''s microphone checked in advance', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000006', 'DURING', 6, '巡视会场：留意主席台需要，关注室温', 'Room patrolled: podium watched for leaders needing help, temperature watched', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000007', 'DURING', 7, '服务人员坚守岗位，留意可疑人员，必要时通知安保', 'Attendants at their posts; suspicious persons noted and security called if needed', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0002-0000-4000-8000-000000000008', 'DURING', 8, '会中服务情况已跟踪反馈（附录Q）', 'In-meeting service tracked and fed back (annex Q)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000001', 'AFTER', 1, '打开各门，在主出口送别，提醒带好随身物品', 'All doors opened; guests seen off at the main exit and reminded to take their belongings', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000002', 'AFTER', 2, '检查遗留文件和物品，登记并联系领回（附录T）', 'Room checked for left documents and items; logged and the owner contacted (annex T)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000003', 'AFTER', 3, '回收文件，涉密文件按清单逐份清点，缺失立即报告', 'Documents collected; classified copies counted against the list, any missing copy reported at once', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000004', 'AFTER', 4, '保密清场：检查会场有无遗留文件和笔记本，废纸粉碎，不留纸屑', 'Confidentiality sweep: no papers or notebooks left; waste paper shredded, no scraps left', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000005', 'AFTER', 5, '关闭音视频设备，撤除布置，归还借用设备，故障报修', 'Audio-visual equipment off, decorations removed, borrowed equipment returned, faults reported', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000006', 'AFTER', 6, '撤收茶杯、毛巾并清洗消毒', 'Cups and towels cleared, washed and disinfected', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000007', 'AFTER', 7, '桌椅复位', 'Furniture restored', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08'),
('c4ec0003-0000-4000-8000-000000000008', 'AFTER', 8, '关闭空调和不需要的电源，锁门；主管会后检查（附录S）', 'Air conditioning and unneeded power off, doors locked; post-meeting check by the supervisor (annex S)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
