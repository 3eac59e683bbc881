package com.bbangshop.query.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The pages projection's own copy of a bread's name: the breads projection replays on its own thread during a
 * rebuild, and the pages must not depend on how far it has got. See {@link PageBreadNames}.
 */
@Entity
@Table(name = "page_bread_names")
public class PageBreadName {

    @Id
    @Column(length = 64)
    private String breadId;
    @Column(nullable = false)
    private String breadName;

    protected PageBreadName() {
    }

    PageBreadName(String breadId, String breadName) {
        this.breadId = breadId;
        this.breadName = breadName;
    }

    String breadId() {
        return breadId;
    }

    String breadName() {
        return breadName;
    }
}
