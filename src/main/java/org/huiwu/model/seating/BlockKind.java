package org.huiwu.model.seating;

/** The templates a seat plan is built from (会场台型). */
public enum BlockKind {
    /** 主席台: 1–4 rows, numbered by the podium rule. */
    PODIUM,
    /** 群众席: theatre or classroom rows with aisles. */
    AUDIENCE,
    /** 会谈: a long table with the host side and the guest side. */
    TALKS,
    /** U 形: a head table and two arms, open towards the door. */
    U_SHAPE,
    /** 回字形: a hollow square, chairs outside only. */
    HOLLOW_SQUARE,
    /** 圆桌: N round tables of K seats, seat 1 facing the door. */
    ROUND_TABLES,
    /** 会见: a sofa semicircle with the host and the chief guest in the middle. */
    RECEPTION,
    /** 签字: the host signer and the guest signer at one table. */
    SIGNING
}
