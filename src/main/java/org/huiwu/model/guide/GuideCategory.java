package org.huiwu.model.guide;

/**
 * The groups the illustrated procedure guides (图示操作规范) are shown under. Immutable enum.
 */
public enum GuideCategory {
    /** Standing and sitting (站姿, 坐姿). */
    POSTURE,
    /** Guiding gestures, leading guests and seating them (引领, 拉椅让座). */
    GUIDING,
    /** Tray, tea and towel service (托盘, 奉茶, 续水, 毛巾). */
    TEA,
    /** Setting a place at the table (摆台). */
    TABLE_SETTING,
    /** Seat order and name cards (座次, 桌签). */
    SEATING,
    /** The sign-in desk (签到). */
    DESK,
    /** Routine rounds during and after the meeting (巡视, 会后清场). */
    ROUTINE,
    /** Emergencies and evacuation (疏散). */
    SAFETY
}
