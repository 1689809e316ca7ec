-- The shipped stage checklist template, version 1: cleaning (annex K), layout and table setting (L, linked to
-- the table-setting guides), equipment (N; one test item per device is added from the work order) and the
-- special-meeting items (R) for classified, video and foreign-affairs meetings. Compiled from the domain
-- digest §6, §7.3–7.5 and §9; the normative texts of K, L, N and R were not readable, so every item is
-- editable data (a revision is a new version). Fixed ids, so copies on two laptops merge as one.
INSERT INTO stage_template_version (version, note, created_at, created_by) VALUES
(1, 'shipped', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+08', '');

INSERT INTO stage_template_item (version, id, stage, kind, position, text_zh, text_en, mandatory, applies_to, guide_id) VALUES
(1, 'f10e0001-0000-4000-8000-000000000001', 'PREPARATION', 'CLEANING', 1, '桌面、抽屉、座椅擦拭干净', 'Tables, drawers and chairs wiped clean', TRUE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000002', 'PREPARATION', 'CLEANING', 2, '地面、门窗、墙面清洁', 'Floor, doors, windows and walls cleaned', TRUE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000003', 'PREPARATION', 'CLEANING', 3, '卫生间和休息室清洁，纸巾等用品补齐', 'Toilets and waiting room cleaned; tissues and supplies refilled', TRUE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000004', 'PREPARATION', 'CLEANING', 4, '会前5–8小时完成深度清洁', 'Deep clean done 5–8 h before', FALSE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000005', 'PREPARATION', 'LAYOUT', 1, '按服务通知单摆放桌型；座椅距桌约30 cm，间距均匀', 'Tables set out as the work order says; chairs about 30 cm from the table, evenly spaced', TRUE, 'ALL', 'table-setting-single'),
(1, 'f10e0001-0000-4000-8000-000000000006', 'PREPARATION', 'LAYOUT', 2, '桌签居中摆放，姓名和顺序核对无误', 'Name cards centred; names and order checked', TRUE, 'ALL', 'podium-name-cards'),
(1, 'f10e0001-0000-4000-8000-000000000007', 'PREPARATION', 'LAYOUT', 3, '文件、纸笔、茶杯按摆台要求摆放，整齐成线', 'Papers, pens and cups set as the table-setting rules say, in straight lines', TRUE, 'ALL', 'table-setting-single'),
(1, 'f10e0001-0000-4000-8000-000000000008', 'PREPARATION', 'LAYOUT', 4, '会标、指示牌到位', 'Banner and signs in place', TRUE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000009', 'PREPARATION', 'LAYOUT', 5, '室温和灯光调好', 'Room temperature and lighting set', FALSE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000010', 'PREPARATION', 'EQUIPMENT', 1, '备用话筒和电池就位', 'Spare microphones and batteries ready', TRUE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000011', 'PREPARATION', 'SPECIAL', 1, '手机存放柜就位，入场手机逐一登记', 'Phone lockers ready; phones logged one by one at the door', TRUE, 'CLASSIFIED', ''),
(1, 'f10e0001-0000-4000-8000-000000000012', 'PREPARATION', 'SPECIAL', 2, '会场、扩音和录音设备保密检查', 'Room, PA and recording equipment checked for confidentiality', TRUE, 'CLASSIFIED', ''),
(1, 'f10e0001-0000-4000-8000-000000000013', 'PREPARATION', 'SPECIAL', 3, '涉密文件编号登记', 'Classified documents numbered and logged', TRUE, 'CLASSIFIED', ''),
(1, 'f10e0001-0000-4000-8000-000000000014', 'PREPARATION', 'SPECIAL', 4, '视频连线测试', 'Video link tested', TRUE, 'VIDEO', ''),
(1, 'f10e0001-0000-4000-8000-000000000015', 'PREPARATION', 'SPECIAL', 5, '备用线路（电话会议）就绪', 'Backup line (phone bridge) ready', TRUE, 'VIDEO', ''),
(1, 'f10e0001-0000-4000-8000-000000000016', 'PREPARATION', 'SPECIAL', 6, '与主会场对时', 'Timing checked with the main venue', TRUE, 'VIDEO', ''),
(1, 'f10e0001-0000-4000-8000-000000000017', 'PREPARATION', 'SPECIAL', 7, '座次按以右为尊核对', 'Seating checked for the right-is-senior convention', TRUE, 'FOREIGN', ''),
(1, 'f10e0001-0000-4000-8000-000000000018', 'PREPARATION', 'SPECIAL', 8, '译员座位已在布局中安排', 'Interpreter seats placed in the layout', TRUE, 'FOREIGN', ''),
(1, 'f10e0001-0000-4000-8000-000000000019', 'PREPARATION', 'SPECIAL', 9, '桌签中外文核对', 'Name cards checked in both languages', FALSE, 'FOREIGN', ''),
(1, 'f10e0001-0000-4000-8000-000000000020', 'IN_PROGRESS', 'SPECIAL', 1, '无关人员不得进入会场', 'No unrelated person let into the room', TRUE, 'CLASSIFIED', ''),
(1, 'f10e0001-0000-4000-8000-000000000021', 'IN_PROGRESS', 'SPECIAL', 2, '视频信号全程监看', 'Video signal watched throughout', TRUE, 'VIDEO', ''),
(1, 'f10e0001-0000-4000-8000-000000000022', 'WRAP_UP', 'CLEANING', 1, '会后清场保洁', 'Room cleared and cleaned after the meeting', TRUE, 'ALL', 'post-meeting-sweep'),
(1, 'f10e0001-0000-4000-8000-000000000023', 'WRAP_UP', 'EQUIPMENT', 1, '设备关闭、归还，故障报修', 'Equipment off and returned; faults reported', TRUE, 'ALL', ''),
(1, 'f10e0001-0000-4000-8000-000000000024', 'WRAP_UP', 'SPECIAL', 1, '手机按登记逐一发还', 'Phones returned one by one against the log', TRUE, 'CLASSIFIED', '');
