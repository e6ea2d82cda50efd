# Build with the committed Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 tracker
COPY --from=build /src/target/partnership-tracker-*.jar app.jar
USER tracker
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
