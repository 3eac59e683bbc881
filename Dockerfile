# syntax=docker/dockerfile:1
# One image per service, all from this repository: docker build --build-arg SERVICE=reservation-service .
# The build stage is the same for the three, so a compose build compiles the project once.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -ntp package -DskipTests -pl bakery-service,reservation-service,query-service -am

FROM eclipse-temurin:17-jre
# curl for the container health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 bbangshop && mkdir -p /app/data && chown bbangshop /app/data
ARG SERVICE
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/service.jar
USER bbangshop
WORKDIR /app
# two glibc malloc arenas instead of up to eight per core: the same speed with less resident memory
ENV MALLOC_ARENA_MAX=2
# no per-thread cache of direct buffers as large as the largest file write (H2's chunks): tens of MB resident
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djdk.nio.maxCachedBufferSize=262144", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/service.jar"]
