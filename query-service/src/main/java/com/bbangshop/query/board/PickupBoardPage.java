package com.bbangshop.query.board;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The board above the counter is {@code static/board.html} at {@code /board}. */
@Configuration
public class PickupBoardPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/board").setViewName("forward:/board.html");
    }
}
